package org.ariadne.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A caseworker's session through the Vaadin protocol: open the case list, filter it by a period,
 * open a case from the grid, open the editor, go to the indicators step, tick an indicator, save,
 * then on the case's referral tab refer it to the deciding authority where the screen offers it.
 * Each UIDL round trip is recorded under the action's name; a step whose component the server did
 * not send (the case is not editable, no referral is offered) is counted, not failed.
 */
final class CaseworkerJourney {

    static final List<String> ACTIONS = List.of("navigate-case-list", "grid-range", "filter-from", "filter-to",
            "open-case", "open-editor", "indicators-step", "tick-indicator", "save", "referral-tab",
            "refer-dialog", "refer-reason", "refer-authority-items", "refer-authority", "refer-confirm");

    private static final Map<String, Object> CLICK = Map.of("event.shiftKey", false, "event.metaKey", false,
            "event.detail", 1, "event.ctrlKey", false, "event.clientX", 10, "event.clientY", 10, "event.altKey", false,
            "event.button", 0, "event.screenY", 10, "event.screenX", 10);

    private final UiSession ui;
    private final Recorder recorder;
    private final Think think;
    private final boolean refer;
    private java.time.Instant end = java.time.Instant.MAX;

    interface Think {
        void pause();
    }

    CaseworkerJourney(UiSession ui, Recorder recorder, Think think, boolean refer) {
        this.ui = ui;
        this.recorder = recorder;
        this.think = think;
        this.refer = refer;
    }

    /** The first screen after login: the case list, as a browser opening the bookmark loads it. */
    void openCaseList() {
        ui.open("cases");
        navigate("cases");
        gridRange();
    }

    void navigate(String route) {
        ui.send("navigate-case-list", List.of(UiSession.event(1, "ui-navigate", Map.of("route", route, "query", "",
                "appShellTitle", "", "historyState", Map.of("idx", 1), "trigger", ""))));
    }

    /** One pass: filter, open, tick, save, refer, back to the list. */
    void once(java.time.Instant end) {
        this.end = end;
        pause();
        List<Integer> pickers = ui.tree.byTagInOrder("vaadin-date-picker");
        if (pickers.size() >= 2) {
            int year = ThreadLocalRandom.current().nextInt(2019, 2026);
            setValue("filter-from", pickers.get(0), year + "-01-01");
            pause();
            setValue("filter-to", pickers.get(1), year + "-12-31");
            gridRange();
        } else {
            recorder.count("missing:date-filter");
        }
        pause();
        Optional<String> key = rowKey();
        Optional<Integer> grid = ui.tree.byTag("vaadin-grid").stream().findFirst();
        if (key.isEmpty() || grid.isEmpty()) {
            recorder.count("missing:grid-row");
            navigate("cases");
            return;
        }
        ui.send("open-case", List.of(UiSession.event(grid.get(), "item-click", itemClick(key.get()))));
        if (!edit()) {
            pause();
        }
        if (refer) {
            refer();
        }
        pause();
        navigate("cases");
        gridRange();
    }

    private boolean edit() {
        Optional<Integer> edit = ui.tree.byId("edit-case");
        if (edit.isEmpty()) {
            recorder.count("missing:edit-button");
            return false;
        }
        pause();
        ui.send("open-editor", List.of(UiSession.event(edit.get(), "click", CLICK)));
        List<Integer> tabs = ui.tree.byTag("vaadin-tabs");
        if (tabs.isEmpty()) {
            recorder.count("missing:editor-steps");
            return false;
        }
        pause();
        int steps = tabs.getLast();
        ui.send("indicators-step", List.of(UiSession.sync(steps, "selected", 3),
                UiSession.event(steps, "selected-changed", Map.of())));
        List<Integer> boxes = ui.tree.byIdPrefix("indicator-");
        if (boxes.isEmpty()) {
            recorder.count("missing:indicator-checkboxes");
            return false;
        }
        pause();
        int box = boxes.get(ThreadLocalRandom.current().nextInt(boxes.size()));
        boolean checked = ui.tree.get(box).map(n -> "true".equals(n.properties.get("checked"))).orElse(false);
        ui.send("tick-indicator", List.of(UiSession.sync(box, "checked", !checked),
                UiSession.event(box, "checked-changed", Map.of())));
        Optional<Integer> save = ui.tree.byId("submit-case");
        if (save.isEmpty()) {
            recorder.count("missing:save-button");
            return false;
        }
        pause();
        ui.send("save", List.of(UiSession.event(save.get(), "click", CLICK)));
        if (ui.tree.byId("edit-case").isPresent()) {
            recorder.count("saved");
        } else {
            recorder.count("save-not-accepted");
        }
        return true;
    }

    private void refer() {
        Optional<Integer> sheetTabs = ui.tree.byTag("vaadin-tabs").stream().findFirst();
        if (sheetTabs.isEmpty()) {
            recorder.count("missing:case-tabs");
            return;
        }
        pause();
        ui.send("referral-tab", List.of(UiSession.sync(sheetTabs.get(), "selected", 4),
                UiSession.event(sheetTabs.get(), "selected-changed", Map.of())));
        Optional<Integer> button = ui.tree.byId("nrm-step-REFER_TO_AUTHORITY");
        if (button.isEmpty()) {
            recorder.count("refer-not-offered");
            return;
        }
        pause();
        ui.send("refer-dialog", List.of(UiSession.event(button.get(), "click", CLICK)));
        Optional<Integer> reason = ui.tree.byId("nrm-step-reason");
        Optional<Integer> authority = ui.tree.byId("nrm-step-authority");
        Optional<Integer> confirm = ui.tree.byId("nrm-step-confirm");
        if (reason.isEmpty() || confirm.isEmpty()) {
            recorder.count("missing:refer-dialog");
            return;
        }
        pause();
        setValue("refer-reason", reason.get(), "Indicators of exploitation seen at the interview");
        if (authority.isPresent()) {
            // The combo box's items come when the browser opens it: it asks the server for its first page.
            ui.send("refer-authority-items",
                    List.of(UiSession.serverCall(authority.get(), "setViewportRange", 0, 50, "")));
            Optional<String> first = comboKey(authority.get());
            if (first.isPresent()) {
                setValue("refer-authority", authority.get(), first.get());
            }
        }
        pause();
        ui.send("refer-confirm", List.of(UiSession.event(confirm.get(), "click", CLICK)));
        // A step taken rebuilds the referral panel, so the button that opened the dialog leaves the screen. (The
        // dialog itself stays attached until a browser would confirm its closing, which no browser does here.)
        recorder.count(ui.tree.shown(button.get()) ? "refer-not-accepted" : "referred");
    }

    /** The run is over: the user stops where they are. */
    static final class Finished extends RuntimeException {
        Finished() {
            super("run over", null, false, false);
        }
    }

    private void pause() {
        think.pause();
        if (java.time.Instant.now().isAfter(end)) {
            throw new Finished();
        }
    }

    private void setValue(String action, int node, String value) {
        ui.send(action, List.of(UiSession.sync(node, "value", value), UiSession.event(node, "value-changed", Map.of())));
    }

    private void gridRange() {
        Optional<Integer> grid = ui.tree.byTag("vaadin-grid").stream().findFirst();
        if (grid.isEmpty()) {
            return;
        }
        List<ObjectNode> calls = new ArrayList<>();
        calls.add(UiSession.serverCall(grid.get(), "setViewportRange", 0, 50));
        for (JsonNode e : ui.executed) {
            String script = e.get(e.size() - 1).asString();
            if (script.contains("$connector.confirm($1)") && nodeArg(e) == grid.get()) {
                calls.add(UiSession.serverCall(grid.get(), "confirmUpdate", e.get(1).asInt()));
            }
        }
        ui.send("grid-range", calls);
    }

    /** A random row of the last page the server sent to the grid. */
    private Optional<String> rowKey() {
        List<String> keys = ui.gridKeys;
        return keys.isEmpty() ? Optional.empty()
                : Optional.of(keys.get(ThreadLocalRandom.current().nextInt(Math.min(keys.size(), 50))));
    }

    private Optional<String> comboKey(int combo) {
        for (JsonNode e : ui.executed) {
            String script = e.get(e.size() - 1).asString();
            if (script.contains("$connector.set(") && nodeArg(e) == combo && e.get(2).isArray() && !e.get(2).isEmpty()) {
                return Optional.of(e.get(2).get(0).path("key").asString());
            }
        }
        return Optional.empty();
    }

    private static int nodeArg(JsonNode executed) {
        return executed.get(0).path("@v-node").asInt(-1);
    }

    private static Map<String, Object> itemClick(String key) {
        return Map.ofEntries(Map.entry("event.detail.screenY", 100), Map.entry("event.detail.metaKey", false),
                Map.entry("event.detail.button", 0), Map.entry("event.detail.shiftKey", false),
                Map.entry("event.detail.screenX", 100), Map.entry("event.detail.itemKey", key),
                Map.entry("event.detail.internalColumnId", "col0"), Map.entry("event.detail.altKey", false),
                Map.entry("event.detail.clientX", 100), Map.entry("event.detail.clientY", 100),
                Map.entry("event.detail.detail", 1), Map.entry("event.detail.ctrlKey", false));
    }
}
