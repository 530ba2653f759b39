package com.rangoliboutique.localrun;

import com.rangoliboutique.startup.DatabaseUrl;
import com.rangoliboutique.startup.LocalServers;

import java.nio.file.Path;
import java.util.Map;

/**
 * The local run's servers: an embedded PostgreSQL and Redis on fixed loopback ports, data under {@code DATA_DIR}
 * ({@code ./data}), shared by the web and the worker process ({@link EmbeddedServices}). Registered in
 * {@code META-INF/services}, so a release jar run with this jar beside it on the class path starts them when it is
 * given no {@code DATABASE_URL} / {@code REDIS_URL} (never in production).
 */
public final class EmbeddedLocalServers implements LocalServers {

    static final int DEFAULT_POSTGRES_PORT = 54329;
    static final int DEFAULT_REDIS_PORT = 63799;

    @Override
    public DatabaseUrl postgres(Map<String, String> env) {
        String jdbcUrl = EmbeddedServices.postgres(dataDir(env).resolve("postgres"),
                port(env, "EMBEDDED_POSTGRES_PORT", DEFAULT_POSTGRES_PORT));
        return new DatabaseUrl(jdbcUrl, "postgres", "postgres");
    }

    @Override
    public String redis(Map<String, String> env) {
        return EmbeddedServices.redis(dataDir(env), port(env, "EMBEDDED_REDIS_PORT", DEFAULT_REDIS_PORT));
    }

    private static Path dataDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("DATA_DIR", "data")).toAbsolutePath();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not \"" + value + "\"");
        }
    }
}
