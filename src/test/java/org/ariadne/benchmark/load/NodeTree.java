package org.ariadne.benchmark.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of the server's state tree, built from the {@code changes} of each UIDL
 * response as Flow's client builds it: element tag (feature 0), properties (1), children (2),
 * attributes (3) and event listeners (4). Enough to find a component by its id or tag.
 */
final class NodeTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        String tag;
        final Map<String, Object> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        /** Elements attached outside the DOM tree of their parent (the UI's view container, dialogs). */
        final List<Integer> virtualChildren = new ArrayList<>();
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, k -> new Node());
                case "detach" -> nodes.remove(id);
                case "put" -> put(nodes.computeIfAbsent(id, k -> new Node()), change);
                case "splice" -> splice(nodes.computeIfAbsent(id, k -> new Node()), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == CHILDREN) {
                        nodes.computeIfAbsent(id, k -> new Node()).children.clear();
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        JsonNode value = change.path("value");
        if (feature == ELEMENT_DATA && key.equals("tag")) {
            node.tag = value.asString();
        } else if (feature == PROPERTIES) {
            node.properties.put(key, value.isValueNode() ? value.asString() : value.toString());
        } else if (feature == ATTRIBUTES) {
            node.attributes.put(key, value.asString());
        }
    }

    private static void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        if (feature != CHILDREN && feature != VIRTUAL_CHILDREN) {
            return;
        }
        List<Integer> list = feature == CHILDREN ? node.children : node.virtualChildren;
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.path("addNodes");
        int at = Math.min(index, list.size());
        for (JsonNode a : added) {
            list.add(at++, a.asInt());
        }
    }

    Optional<Integer> byId(String id) {
        return nodes.entrySet().stream().filter(e -> id.equals(e.getValue().attributes.get("id")))
                .map(Map.Entry::getKey).findFirst();
    }

    List<Integer> byIdPrefix(String prefix) {
        return nodes.entrySet().stream().filter(e -> {
            String id = e.getValue().attributes.get("id");
            return id != null && id.startsWith(prefix);
        }).map(Map.Entry::getKey).sorted().toList();
    }

    List<Integer> byTag(String tag) {
        return nodes.entrySet().stream().filter(e -> tag.equals(e.getValue().tag)).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** The nodes with this tag in the order they appear on screen (depth-first from the UI's root). */
    List<Integer> byTagInOrder(String tag) {
        List<Integer> out = new ArrayList<>();
        walk(1, tag, out, new java.util.HashSet<>());
        return out;
    }

    private void walk(int id, String tag, List<Integer> out, java.util.Set<Integer> seen) {
        Node node = nodes.get(id);
        if (node == null || !seen.add(id)) {
            return;
        }
        if (tag.equals(node.tag)) {
            out.add(id);
        }
        for (int child : node.children) {
            walk(child, tag, out, seen);
        }
        for (int child : node.virtualChildren) {
            walk(child, tag, out, seen);
        }
    }

    /**
     * Whether the node is on screen: reachable from the UI's root. A closed dialog's nodes may stay
     * registered for a while after it left the tree.
     */
    boolean shown(int id) {
        List<Integer> seen = new ArrayList<>();
        collect(1, seen, new java.util.HashSet<>());
        return seen.contains(id);
    }

    private void collect(int id, List<Integer> out, java.util.Set<Integer> seen) {
        Node node = nodes.get(id);
        if (node == null || !seen.add(id)) {
            return;
        }
        out.add(id);
        node.children.forEach(child -> collect(child, out, seen));
        node.virtualChildren.forEach(child -> collect(child, out, seen));
    }

    Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    int size() {
        return nodes.size();
    }
}
