package org.ariadne.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the suite finds what it runs, as passed by the {@code e2e} Maven profile (failsafe system
 * properties). Run outside that profile, the suite stops at once and says so.
 */
public record Settings(Path jar, Path work, Path keycloakHome, Path realm, Path keysetScript, Path chromium,
                       Path screenshotCopy, Duration idleTimeout) {

    static Settings fromSystemProperties() {
        return new Settings(path("e2e.jar"), path("e2e.work"), path("e2e.keycloak.home"), path("e2e.realm"),
                path("e2e.keyset-script"), path("e2e.chromium"), optionalPath("e2e.screenshots"),
                Duration.parse("PT" + required("e2e.idle-timeout").toUpperCase(java.util.Locale.ROOT)));
    }

    /** Fails with a sentence naming what is missing; the suite must never be skipped silently. */
    void check() {
        exists(jar, "The production jar " + jar + " is missing: run the suite with ./mvnw -Pe2e verify");
        exists(keycloakHome.resolve("bin/kc.sh"), "Keycloak is not unpacked at " + keycloakHome
                + ": the e2e profile unpacks org.keycloak:keycloak-quarkus-dist from the Maven repository");
        exists(realm, "The Keycloak realm file " + realm + " is missing");
        exists(keysetScript, "The key file script " + keysetScript + " is missing");
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium is missing at " + chromium
                    + ": install Debian's package (apt-get install chromium) or pass -De2e.chromium=PATH."
                    + " The end-to-end suite cannot run without a real browser.");
        }
    }

    /**
     * Vaadin's heartbeat for the run, shorter than the idle timeout as in production (5 of 15
     * minutes), so an idle browser tab keeps its HTTP session alive and Vaadin's idle check decides.
     */
    public java.time.Duration heartbeat() {
        return java.time.Duration.ofSeconds(20);
    }

    public Path logs() {
        return work.resolve("logs");
    }

    public Path screenshots() {
        return work.resolve("screenshots");
    }

    private static void exists(Path path, String message) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(message);
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The system property " + name
                    + " is not set: run the end-to-end suite through Maven, ./mvnw -Pe2e verify");
        }
        return value.strip();
    }

    private static Path path(String name) {
        return Path.of(required(name)).toAbsolutePath();
    }

    private static Path optionalPath(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath();
    }
}
