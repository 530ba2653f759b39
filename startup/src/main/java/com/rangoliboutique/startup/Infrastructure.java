package com.rangoliboutique.startup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the process environment into the connection properties both apps start with: {@code DATABASE_URL} and
 * {@code REDIS_URL} when given; else, outside production, the servers of an installed {@link LocalServers} (the local
 * run); else the process refuses to start, naming the variables and how to run locally.
 */
public final class Infrastructure {

    static final String DATABASE_URL_WHY = "the shop's PostgreSQL, postgres://user:pass@host:5432/db";
    static final String REDIS_URL_WHY = "the job queue and rate limits, redis://user:pass@host:6379/0";
    static final String LOCAL_RUN_ADVICE = "This jar starts no database of its own. To run the shop on this machine "
            + "with an embedded PostgreSQL and Redis, run from the repository: ./mvnw -Prun -DskipTests package";

    private static final RequiredVariables CONNECTIONS = new RequiredVariables()
            .require("DATABASE_URL", DATABASE_URL_WHY)
            .require("REDIS_URL", REDIS_URL_WHY);
    private static final RequiredVariables DATABASE = new RequiredVariables()
            .require("DATABASE_URL", DATABASE_URL_WHY);

    private Infrastructure() {
    }

    /** True when {@code APP_ENV} (or the spec's {@code FLASK_ENV}) says production, or Micronaut's env is prod. */
    public static boolean isProduction(Map<String, String> env) {
        String micronautEnvs = env.getOrDefault("MICRONAUT_ENVIRONMENTS", "");
        return "production".equalsIgnoreCase(env.getOrDefault("APP_ENV", env.getOrDefault("FLASK_ENV", "")))
                || micronautEnvs.matches("(?i)(.*,)?\\s*prod(uction)?\\s*(,.*)?");
    }

    /** Micronaut properties for the datasource and Redis. */
    public static Map<String, Object> connectionProperties(Map<String, String> env) {
        requireUrlsOrLocalServers(env, CONNECTIONS);
        Map<String, Object> properties = databaseProperties(env);
        properties.put("redis.url", present(env, "REDIS_URL")
                ? env.get("REDIS_URL").strip()
                : localServers().redis(env));
        return properties;
    }

    /** Micronaut properties for the datasource alone (the migrate step needs no Redis). */
    public static Map<String, Object> databaseProperties(Map<String, String> env) {
        requireUrlsOrLocalServers(env, DATABASE);
        DatabaseUrl database = present(env, "DATABASE_URL")
                ? DatabaseUrl.parse(env.get("DATABASE_URL"))
                : localServers().postgres(env);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", database.jdbcUrl());
        if (database.username() != null) {
            properties.put("datasources.default.username", database.username());
        }
        if (database.password() != null) {
            properties.put("datasources.default.password", database.password());
        }
        return properties;
    }

    /** A missing URL is filled in only by local servers, and never in production. */
    private static void requireUrlsOrLocalServers(Map<String, String> env, RequiredVariables urls) {
        if (isProduction(env)) {
            urls.check(env, "Cannot start in production; set these environment variables:", null);
        } else if (LocalServers.installed().isEmpty()) {
            urls.check(env, "Cannot start without these environment variables:", LOCAL_RUN_ADVICE);
        }
    }

    private static LocalServers localServers() {
        return LocalServers.installed().orElseThrow();
    }

    static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
