package org.ariadne.e2e.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Everything the journeys run against, started once for the whole run: MariaDB and Keycloak side
 * by side, then the application (it reads Keycloak's discovery document at start-up), then
 * Chromium. Closed by JUnit when the run ends; a JVM shutdown hook stops the servers too if the
 * run is killed.
 */
public final class Stack implements AutoCloseable {

    private final Settings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "e2e-stack-stop");
    private String baseUrl;
    private String issuer;
    private Browsers browsers;

    private Stack(Settings settings) {
        this.settings = settings;
    }

    static Stack start() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        settings.check();
        var stack = new Stack(settings);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startServers();
            stack.browsers = stack.remember(Browsers.launch(settings));
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void startServers() throws Exception {
        long begun = System.nanoTime();
        int applicationPort = Ports.free();
        int keycloakPort = Ports.free();
        var database = CompletableFuture.supplyAsync(() -> {
            try {
                return Database.start(settings.work().resolve("db"));
            } catch (Exception e) {
                throw new IllegalStateException("MariaDB could not be started: " + e.getMessage(), e);
            }
        });
        var keycloak = CompletableFuture.supplyAsync(() -> {
            try {
                return KeycloakServer.start(settings, keycloakPort, applicationPort);
            } catch (Exception e) {
                throw new IllegalStateException("Keycloak could not be started: " + e.getMessage(), e);
            }
        });
        // Wait for both before failing, so that whichever did start is remembered and stopped.
        Exception failure = null;
        Database db = null;
        KeycloakServer kc = null;
        try {
            db = remember(join(database, "MariaDB"));
        } catch (Exception e) {
            failure = e;
        }
        try {
            kc = remember(join(keycloak, "Keycloak"));
        } catch (Exception e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw failure;
        }
        issuer = kc.issuer();
        ApplicationServer app = remember(ApplicationServer.start(settings, applicationPort, db.jdbcUrl(), issuer));
        baseUrl = app.baseUrl();
        System.out.printf("[e2e] stack ready after %d s: application %s, Keycloak %s, logs in %s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begun), baseUrl, issuer, settings.logs());
    }

    private static <T> T join(CompletableFuture<T> future, String what) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause
                    : new IllegalStateException(what + " could not be started", e.getCause());
        }
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    /** The application's address, e.g. {@code http://localhost:41234}, without trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The Keycloak realm's issuer URL. */
    public String issuer() {
        return issuer;
    }

    public Settings settings() {
        return settings;
    }

    public Browsers browsers() {
        return browsers;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[e2e] stopping a server failed: " + e);
            }
        }
    }
}
