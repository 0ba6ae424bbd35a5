package org.ariadne.benchmark.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Server round-trip times per action, and counts of what went wrong, for the measured window only. */
final class Recorder {

    private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile boolean measuring;

    void measuring(boolean on) {
        measuring = on;
    }

    void record(String action, long nanos, boolean ok) {
        if (!measuring && !action.startsWith("login")) {
            return;
        }
        samples.computeIfAbsent(action, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        if (!ok) {
            count("http-error:" + action);
        }
    }

    void count(String what) {
        counts.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    Map<String, Long> counts() {
        var out = new TreeMap<String, Long>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Per action: count, p50, p95, p99 and max in milliseconds. */
    Map<String, double[]> percentiles(List<String> uidlActions) {
        var out = new TreeMap<String, double[]>();
        List<Long> all = new ArrayList<>();
        samples.forEach((action, list) -> {
            List<Long> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            out.put(action, stats(copy));
            if (uidlActions.contains(action)) {
                all.addAll(copy);
            }
        });
        out.put("ALL UIDL round trips", stats(all));
        return out;
    }

    long uidlCount(List<String> uidlActions) {
        return samples.entrySet().stream().filter(e -> uidlActions.contains(e.getKey()))
                .mapToLong(e -> e.getValue().size()).sum();
    }

    private static double[] stats(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new double[] {0, 0, 0, 0, 0};
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6};
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.clamp(i, 0, sorted.length - 1)] / 1e6;
    }
}
