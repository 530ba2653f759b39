package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.startup.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Real PostgreSQL and Redis for integration tests, once per test JVM.
 * <p>
 * By default both are embedded (real binaries from Maven Central jars, on free ports), so the tests need nothing but a
 * JDK. With {@code TEST_DATABASE_URL} the tests create a fresh database on that server for this run (dropped at the
 * end); with {@code TEST_REDIS_URL} they use that Redis.
 */
public final class TestInfrastructure {

    private static Map<String, Object> properties;

    private TestInfrastructure() {
    }

    /** Micronaut properties pointing at a freshly migrated database and a Redis. */
    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.putAll(database());
            p.put("redis.url", startRedis());
            p.put("flyway.datasources.default.enabled", true);
            properties = Map.copyOf(p);
        }
        return properties;
    }

    public static String jdbcUrl() {
        return (String) properties().get("datasources.default.url");
    }

    /** The test database in the spec's {@code DATABASE_URL} form, for starting our jars as a deployment would. */
    public static String databaseUrl() {
        Map<String, Object> p = properties();
        String hostAndDb = jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
        return "postgres://" + p.getOrDefault("datasources.default.username", "postgres") + ":"
                + p.getOrDefault("datasources.default.password", "") + "@" + hostAndDb;
    }

    public static String redisUrl() {
        return (String) properties().get("redis.url");
    }

    public static Connection connect() throws SQLException {
        Map<String, Object> p = properties();
        Properties login = new Properties();
        login.setProperty("user", (String) p.getOrDefault("datasources.default.username", "postgres"));
        login.setProperty("password", (String) p.getOrDefault("datasources.default.password", ""));
        return DriverManager.getConnection(jdbcUrl(), login);
    }

    private static Map<String, Object> database() {
        String given = System.getenv("TEST_DATABASE_URL");
        if (given == null || given.isBlank()) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
                return Map.of("datasources.default.url",
                        "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "datasources.default.username", "postgres",
                        "datasources.default.password", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", e);
            }
        }
        DatabaseUrl server = DatabaseUrl.parse(given);
        String name = "rangoli_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        Properties login = new Properties();
        if (server.username() != null) login.setProperty("user", server.username());
        if (server.password() != null) login.setProperty("password", server.password());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), login);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database on " + server.jdbcUrl(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), login);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException ignored) {
                // best effort: a leftover test database is harmless
            }
        }));
        String url = server.jdbcUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + name);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("datasources.default.url", url);
        if (server.username() != null) p.put("datasources.default.username", server.username());
        if (server.password() != null) p.put("datasources.default.password", server.password());
        return p;
    }

    private static String startRedis() {
        String given = System.getenv("TEST_REDIS_URL");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        try {
            int port = freePort();
            RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    redis.stop();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Redis for the tests", e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // the JVM is going away
        }
    }
}
