package com.rangoliboutique.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL of the test's own (real binaries from zonky's jar) on a port chosen once, its data in a directory of
 * the test's: {@link #stop()} shuts it down as a crashed or restarted database server would vanish, {@link #start()}
 * brings it back on the same port with the same data. Never the machine's shared server.
 */
final class OwnPostgres implements AutoCloseable {

    private static final String PASSWORD = "resilience-db-pw";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres running;

    private OwnPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A fresh, empty cluster in {@code dataDir}, started. */
    static OwnPostgres start(Path dataDir, int port) {
        OwnPostgres postgres = new OwnPostgres(dataDir, port);
        postgres.start();
        return postgres;
    }

    synchronized void start() {
        if (running != null) {
            throw new IllegalStateException("PostgreSQL is already running on port " + port);
        }
        try {
            Files.createDirectories(dataDir);
            running = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false) // a restart keeps the data; initdb runs only on an empty directory
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test's PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server ({@code pg_ctl stop -m fast}: every client connection is cut), keeping its data. */
    synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the test's PostgreSQL on port " + port, e);
        } finally {
            running = null;
        }
    }

    /**
     * As the spec's {@code DATABASE_URL}. The cluster trusts local connections; the password is one no log line would
     * otherwise contain (the apps mask the database password wherever it appears, "postgres" included).
     */
    String databaseUrl() {
        return "postgres://postgres:" + PASSWORD + "@localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", PASSWORD);
    }

    @Override
    public void close() {
        stop();
    }
}
