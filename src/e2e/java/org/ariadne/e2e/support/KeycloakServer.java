package org.ariadne.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode on its own ports, importing the project's realm (users, roles,
 * clients) into an empty database at every start. Listens on 127.0.0.1; the issuer is fixed to
 * {@code http://localhost:PORT} so the browser and the application see the same one.
 */
final class KeycloakServer implements AutoCloseable {

    static final String CLIENT_SECRET = "e2e-client-secret";

    private final ManagedProcess process;
    private final int port;

    private KeycloakServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static KeycloakServer start(Settings settings, int port, int applicationPort) throws IOException, InterruptedException {
        Path home = settings.keycloakHome();
        // A fresh database every run: Keycloak imports a realm only into an empty one, and the realm's
        // redirect addresses name this run's application port.
        deleteRecursively(home.resolve("data/h2"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(settings.realm(), imports.resolve("ariadne-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        var command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + Ports.free(),
                "--hostname=http://localhost:" + port, "--import-realm");
        var environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin-e2e",
                // Placeholders in the realm file: the client's redirect URIs and secret.
                "ARIADNE_BASE_URL", "http://localhost:" + applicationPort,
                "ARIADNE_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        var process = ManagedProcess.start("Keycloak", command, environment, home,
                settings.logs().resolve("keycloak.log"));
        var server = new KeycloakServer(process, port);
        try {
            process.awaitHttpOk(URI.create(server.issuer() + "/.well-known/openid-configuration"),
                    Duration.ofSeconds(300));
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/ariadne";
    }

    @Override
    public void close() {
        process.close();
    }
}
