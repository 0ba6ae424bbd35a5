package org.ariadne.statistics.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.statistics.disclosure.Shown;

/**
 * ECharts options for the dashboard: bars, stacked bars and pies. A hidden count is drawn as no
 * bar (null), and its category carries the suppression mark so a reader sees it was withheld.
 */
final class ChartOptions {

    static final List<String> PALETTE = List.of("#1f5f8b", "#e07b39", "#3a9d7a", "#c94f6d", "#7c6bb0", "#c9a227",
            "#5d8aa8", "#8c564b", "#6b8e23", "#d98cb3", "#4a4a4a", "#17becf", "#aa6f39", "#9467bd");

    private ChartOptions() {
    }

    record Series(String name, List<Shown> values) {
    }

    /** A category with a hidden count carries the mark, e.g. "Hotline (c)", since a hidden bar draws as nothing. */
    static List<String> marked(List<String> categories, List<Series> series, String mark) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            int at = i;
            boolean hidden = series.stream().anyMatch(s -> s.values().get(at).suppressed());
            labels.add(hidden ? categories.get(i) + " (" + mark + ")" : categories.get(i));
        }
        return labels;
    }

    static Map<String, Object> bars(String title, List<String> categories, List<Series> series, boolean stacked,
                                    boolean horizontal, String mark) {
        Map<String, Object> o = base(title);
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("type", "category");
        category.put("data", marked(categories, series, mark));
        category.put("axisLabel", horizontal ? Map.of("width", 170, "overflow", "truncate")
                : Map.of("interval", 0, "rotate", categories.size() > 6 ? 30 : 0, "width",
                Math.max(60, 420 / Math.max(1, categories.size())), "overflow", "break"));
        Map<String, Object> value = Map.of("type", "value", "minInterval", 1);
        o.put(horizontal ? "yAxis" : "xAxis", category);
        o.put(horizontal ? "xAxis" : "yAxis", value);
        o.put("grid", Map.of("left", horizontal ? 180 : 50, "right", 20, "top", series.size() > 1 ? 60 : 40,
                "bottom", horizontal ? 30 : 70));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("type", "bar");
            if (stacked) {
                m.put("stack", "total");
            }
            m.put("data", s.values().stream().map(v -> v.value()).toList());
            list.add(m);
        }
        o.put("series", list);
        if (series.size() > 1) {
            o.put("legend", Map.of("top", 24, "type", "scroll"));
        }
        return o;
    }

    static Map<String, Object> pie(String title, List<String> categories, List<Shown> values, String mark) {
        Map<String, Object> o = base(title);
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            if (values.get(i).suppressed() || values.get(i).orElse(0) > 0) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("name", values.get(i).suppressed() ? categories.get(i) + " (" + mark + ")" : categories.get(i));
                d.put("value", values.get(i).value());
                data.add(d);
            }
        }
        o.put("series", List.of(Map.of("type", "pie", "radius", List.of("40%", "68%"), "top", 30, "data", data,
                "label", Map.of("formatter", "{b}: {d}%"))));
        return o;
    }

    private static Map<String, Object> base(String title) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", Map.of("text", title, "left", "left", "textStyle", Map.of("fontSize", 14, "fontWeight", 600)));
        o.put("tooltip", Map.of("trigger", "item"));
        o.put("color", PALETTE);
        o.put("animation", false);
        return o;
    }
}
