package org.ariadne.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab as the server sees it: cookies, the form login with its CSRF token, the UI's
 * bootstrap ({@code ?v-r=init}) and UIDL round trips ({@code POST ?v-r=uidl}) carrying the UI's
 * security key, the client and sync ids, and RPC invocations against node ids read from earlier
 * responses. No JavaScript runs: what a browser renders is not measured, only the server's work.
 */
final class UiSession {

    /** The server no longer knows the session: the user is sent to the login page. */
    static final class SessionLost extends RuntimeException {
        SessionLost(String why) {
            super(why, null, false, false);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** For finding out what a screen sends: every round trip written to this folder (one user only). */
    private static final String DUMP = System.getProperty("load.dump");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Recorder recorder;
    final NodeTree tree = new NodeTree();
    final List<JsonNode> executed = new ArrayList<>();
    /** Keys of the grid rows the server sent last (the rows a user could click). */
    final List<String> gridKeys = new ArrayList<>();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;

    UiSession(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    private HttpRequest.Builder request(String path) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        }
        return b;
    }

    private HttpResponse<String> exchange(String action, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            response.headers().allValues("set-cookie").forEach(this::keepCookie);
            recorder.record(action, nanos, response.statusCode() < 400);
            return response;
        } catch (IOException e) {
            recorder.record(action, System.nanoTime() - start, false);
            recorder.count("io-error:" + e.getClass().getSimpleName());
            throw new SessionLost("connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionLost("interrupted");
        }
    }

    private void keepCookie(String header) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
    }

    /** The node the load balancer's cookie names, or "-" without one. */
    String node() {
        return cookies.getOrDefault("ARIADNE_NODE", "-");
    }

    /** The login page, then the form post with its CSRF token; true when the server accepted it. */
    boolean login(String username, String password) {
        cookies.clear();
        String page = exchange("login-page", request("/login").GET().build()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            recorder.count("login-page-without-csrf");
            return false;
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = exchange("login-post", request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = r.headers().firstValue("location").orElse("");
        return r.statusCode() == 302 && !location.contains("error") && !location.contains("/login");
    }

    /** Loads a route as a browser does: the page, then the bootstrap request that creates the UI. */
    void open(String route) {
        HttpResponse<String> page = exchange("page", request("/" + route).GET().build());
        if (page.statusCode() == 302 || page.body().contains("name=\"username\"")) {
            throw new SessionLost("page answered with the login");
        }
        HttpResponse<String> init = exchange("bootstrap", request("/?v-r=init&location=" + enc(route) + "&query=")
                .GET().build());
        if (init.statusCode() != 200 || !init.body().startsWith("{")) {
            throw new SessionLost("bootstrap answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl.path("changes"));
    }

    /** One UIDL round trip; answers the response after applying it to the tree. */
    JsonNode send(String action, List<ObjectNode> rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> r = exchange(action, request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        String text = r.body();
        if (r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() == 302) {
            throw new SessionLost("UIDL answered " + r.statusCode());
        }
        if (text.startsWith("for(;;);")) {
            text = text.substring(8);
        }
        if (r.statusCode() != 200 || text.isEmpty()) {
            recorder.count("uidl-http-" + r.statusCode());
            throw new SessionLost("UIDL answered " + r.statusCode());
        }
        if (DUMP != null) {
            dump(action, body.toString(), text);
        }
        JsonNode parsed = JSON.readTree(text);
        JsonNode response = parsed.isArray() ? parsed.get(0) : parsed;
        JsonNode meta = response.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new SessionLost("session expired");
        }
        if (meta.has("appError")) {
            recorder.count("app-error:" + action);
            throw new SessionLost("application error");
        }
        if (response.has("syncId")) {
            syncId = response.path("syncId").asInt();
        }
        if (response.has("clientId")) {
            clientId = response.path("clientId").asInt();
        }
        tree.apply(response.path("changes"));
        executed.clear();
        response.path("execute").forEach(executed::add);
        keepGridRows();
        return response;
    }

    private static void dump(String action, String request, String response) {
        try {
            var folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(DUMP));
            java.nio.file.Files.writeString(folder.resolve(String.format("%04d-%s.json", DUMPED.incrementAndGet(), action)),
                    request + "\n" + response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void keepGridRows() {
        List<String> keys = new ArrayList<>();
        boolean cleared = false;
        for (JsonNode e : executed) {
            String script = e.get(e.size() - 1).asString();
            if (script.contains("$connector.clear(") || script.contains("$connector.reset(")
                    || script.contains("$connector.updateSize($1)") && e.get(1).asInt() == 0) {
                cleared = true;
            }
            if (script.contains("$connector.set(") && e.size() > 2 && e.get(2).isArray()) {
                for (JsonNode item : e.get(2)) {
                    if (item.has("col0")) {
                        keys.add(item.path("key").asString());
                    }
                }
            }
        }
        // Keys the server has reset are unknown to it: a browser would not click those rows.
        if (cleared || !keys.isEmpty()) {
            gridKeys.clear();
            gridKeys.addAll(keys);
        }
    }

    static ObjectNode event(int node, String event, Map<String, Object> data) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", event);
        call.set("data", JSON.valueToTree(data));
        return call;
    }

    static ObjectNode sync(int node, String property, Object value) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "mSync");
        call.put("node", node);
        call.put("feature", NodeTree.PROPERTIES);
        call.put("property", property);
        call.set("value", JSON.valueToTree(value));
        return call;
    }

    static ObjectNode serverCall(int node, String method, Object... args) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", JSON.valueToTree(List.of(args)));
        return call;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
