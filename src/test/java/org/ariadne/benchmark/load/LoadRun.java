package org.ariadne.benchmark.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives N simulated caseworkers through the Vaadin protocol against a running Ariadne (one node
 * or the load balancer of several): each logs in, opens the case list, then repeats the journey
 * with a think time between round trips until the run ends. Users start evenly over the ramp-up;
 * round trips are recorded only after it (logins always). Bounded: every user stops at the end.
 *
 * <p>Settings (system properties): {@code load.base-url} (http://127.0.0.1:8080), {@code load.users}
 * (100), {@code load.ramp} (PT60S), {@code load.duration} (PT2M, measured after the ramp-up),
 * {@code load.think-min}/{@code load.think-max} (PT3S/PT7S), {@code load.usernames}
 * (police.officer,border.guard,labour.inspector,ngo.caseworker), {@code load.password}
 * (ariadne-demo), {@code load.refer} (true), {@code load.idle} (false: with true, each user only
 * logs in and opens the case list, then holds the session, for the heap measurement),
 * {@code load.output} (target/benchmarks).
 */
public final class LoadRun {

    private static final Logger log = LoggerFactory.getLogger(LoadRun.class);

    record Settings(String baseUrl, int users, Duration ramp, Duration duration, Duration thinkMin,
                    Duration thinkMax, List<String> usernames, String password, boolean refer, boolean idle,
                    Path output) {

        static Settings fromSystemProperties() {
            return new Settings(System.getProperty("load.base-url", "http://127.0.0.1:8080"),
                    Integer.getInteger("load.users", 100), duration("load.ramp", "PT60S"),
                    duration("load.duration", "PT2M"), duration("load.think-min", "PT3S"),
                    duration("load.think-max", "PT7S"),
                    List.of(System.getProperty("load.usernames",
                            "police.officer,border.guard,labour.inspector,ngo.caseworker").split(",")),
                    System.getProperty("load.password", "ariadne-demo"),
                    Boolean.parseBoolean(System.getProperty("load.refer", "true")),
                    Boolean.parseBoolean(System.getProperty("load.idle", "false")),
                    Path.of(System.getProperty("load.output", "target/benchmarks")));
        }

        private static Duration duration(String name, String fallback) {
            return Duration.parse(System.getProperty(name, fallback));
        }
    }

    private final Settings settings;
    private final Recorder recorder = new Recorder();
    private final AtomicInteger active = new AtomicInteger();
    private final Map<String, AtomicInteger> lostByNode = new java.util.concurrent.ConcurrentHashMap<>();

    LoadRun(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        new LoadRun(Settings.fromSystemProperties()).run();
    }

    String run() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Instant start = Instant.now();
        Instant measureFrom = start.plus(settings.ramp());
        Instant end = measureFrom.plus(settings.duration());
        List<Thread> users = new ArrayList<>();
        long gapNanos = settings.users() <= 1 ? 0 : settings.ramp().toNanos() / settings.users();
        log.info("Load run: {} users against {}, ramp-up {}, measured {}, think {}..{}", settings.users(),
                settings.baseUrl(), settings.ramp(), settings.duration(), settings.thinkMin(), settings.thinkMax());
        Thread measure = Thread.ofVirtual().start(() -> {
            sleepUntil(measureFrom);
            recorder.measuring(true);
            log.info("Ramp-up over: measuring ({} users active)", active.get());
            sleepUntil(end);
            // Users finish the step they are in; what comes after the end is not counted.
            recorder.measuring(false);
        });
        for (int i = 0; i < settings.users(); i++) {
            String username = settings.usernames().get(i % settings.usernames().size());
            users.add(Thread.ofVirtual().name("user-" + i).start(() -> user(http, username, end)));
            Thread.sleep(Duration.ofNanos(gapNanos));
        }
        for (Thread t : users) {
            t.join();
        }
        measure.join();
        recorder.measuring(false);
        String report = report(start, measureFrom, end);
        log.info("\n{}", report);
        Files.createDirectories(settings.output());
        Path file = settings.output().resolve("load-" + settings.users() + "-" + (settings.idle() ? "idle-" : "")
                + start.toString().replace(':', '-') + ".md");
        Files.writeString(file, report);
        return report;
    }

    private void user(HttpClient http, String username, Instant end) {
        active.incrementAndGet();
        try {
            while (Instant.now().isBefore(end)) {
                var ui = new UiSession(http, settings.baseUrl(), recorder);
                try {
                    if (!ui.login(username, settings.password())) {
                        recorder.count("login-refused");
                        pause(Duration.ofSeconds(5));
                        continue;
                    }
                    var journey = new CaseworkerJourney(ui, recorder, this::think, settings.refer());
                    journey.openCaseList();
                    if (settings.idle()) {
                        sleepUntil(end);
                        return;
                    }
                    while (Instant.now().isBefore(end)) {
                        journey.once(end);
                    }
                } catch (CaseworkerJourney.Finished e) {
                    return;
                } catch (UiSession.SessionLost e) {
                    if (Instant.now().isBefore(end)) {
                        recorder.count("session-lost: " + e.getMessage());
                        lostByNode.computeIfAbsent(ui.node(), k -> new AtomicInteger()).incrementAndGet();
                        // A person reads "session expired" (or finds the server gone) before signing in
                        // again; without the pause a server that is not listening yet got thousands of
                        // connection attempts a second from each user.
                        think();
                    }
                } catch (RuntimeException e) {
                    recorder.count("error: " + e.getClass().getSimpleName());
                    log.debug("User {} failed", username, e);
                    pause(Duration.ofSeconds(2));
                }
            }
        } finally {
            active.decrementAndGet();
        }
    }

    private void think() {
        long min = settings.thinkMin().toMillis();
        long max = Math.max(min + 1, settings.thinkMax().toMillis());
        pause(Duration.ofMillis(ThreadLocalRandom.current().nextLong(min, max)));
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(Instant when) {
        Duration left = Duration.between(Instant.now(), when);
        if (!left.isNegative()) {
            pause(left);
        }
    }

    private String report(Instant start, Instant measureFrom, Instant end) {
        double seconds = Duration.between(measureFrom, end).toMillis() / 1000.0;
        List<String> uidl = new ArrayList<>(CaseworkerJourney.ACTIONS);
        uidl.add("bootstrap");
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Load run %s: %d users, %s, ramp-up %s, measured %.0f s, think %s..%s,"
                        + " refer %s, idle %s%n", start, settings.users(), settings.baseUrl(), settings.ramp(), seconds,
                settings.thinkMin(), settings.thinkMax(), settings.refer(), settings.idle()));
        sb.append(String.format(Locale.ROOT, "load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        long count = recorder.uidlCount(uidl);
        sb.append(String.format(Locale.ROOT, "throughput: %d server round trips (bootstrap + UIDL) in %.0f s = %.1f/s%n%n",
                count, seconds, count / seconds));
        sb.append("| action | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        recorder.percentiles(uidl).forEach((action, s) -> sb.append(String.format(Locale.ROOT,
                "| %s | %.0f | %.1f | %.1f | %.1f | %.1f |%n", action, s[0], s[1], s[2], s[3], s[4])));
        sb.append("\ncounts:\n");
        recorder.counts().forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!lostByNode.isEmpty()) {
            sb.append("sessions lost by node (load-balancer cookie): ").append(lostByNode).append('\n');
        }
        return sb.toString();
    }
}
