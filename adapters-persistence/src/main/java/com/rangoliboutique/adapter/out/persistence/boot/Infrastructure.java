package com.rangoliboutique.adapter.out.persistence.boot;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the process environment into the connection properties both apps start with: {@code DATABASE_URL} and
 * {@code REDIS_URL} when given, else embedded PostgreSQL and Redis (never in production).
 */
public final class Infrastructure {

    static final int DEFAULT_EMBEDDED_POSTGRES_PORT = 54329;
    static final int DEFAULT_EMBEDDED_REDIS_PORT = 63799;

    private Infrastructure() {
    }

    /** True when {@code APP_ENV} (or the spec's {@code FLASK_ENV}) says production, or Micronaut's env is prod. */
    public static boolean isProduction(Map<String, String> env) {
        String micronautEnvs = env.getOrDefault("MICRONAUT_ENVIRONMENTS", "");
        return "production".equalsIgnoreCase(env.getOrDefault("APP_ENV", env.getOrDefault("FLASK_ENV", "")))
                || micronautEnvs.matches("(?i)(.*,)?\\s*prod(uction)?\\s*(,.*)?");
    }

    /** Micronaut properties for the datasource and Redis, starting embedded servers where no URL is given. */
    public static Map<String, Object> connectionProperties(Map<String, String> env) {
        Map<String, Object> properties = databaseProperties(env);
        properties.put("redis.url", present(env, "REDIS_URL")
                ? env.get("REDIS_URL").strip()
                : EmbeddedServices.redis(dataDir(env), port(env, "EMBEDDED_REDIS_PORT", DEFAULT_EMBEDDED_REDIS_PORT)));
        return properties;
    }

    /** Micronaut properties for the datasource alone (the migrate step needs no Redis). */
    public static Map<String, Object> databaseProperties(Map<String, String> env) {
        Map<String, Object> properties = new LinkedHashMap<>();
        DatabaseUrl database = present(env, "DATABASE_URL")
                ? DatabaseUrl.parse(env.get("DATABASE_URL"))
                : new DatabaseUrl(EmbeddedServices.postgres(dataDir(env).resolve("postgres"),
                        port(env, "EMBEDDED_POSTGRES_PORT", DEFAULT_EMBEDDED_POSTGRES_PORT)), "postgres", "postgres");
        properties.put("datasources.default.url", database.jdbcUrl());
        if (database.username() != null) {
            properties.put("datasources.default.username", database.username());
        }
        if (database.password() != null) {
            properties.put("datasources.default.password", database.password());
        }
        return properties;
    }

    private static Path dataDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("DATA_DIR", "data")).toAbsolutePath();
    }

    static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        if (!present(env, name)) {
            return fallback;
        }
        try {
            return Integer.parseInt(env.get(name).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not \"" + env.get(name) + "\"");
        }
    }
}
