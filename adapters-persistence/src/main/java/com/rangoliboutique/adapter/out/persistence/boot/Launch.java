package com.rangoliboutique.adapter.out.persistence.boot;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

import java.util.Map;

/**
 * Starts one of our Micronaut processes from the environment: in production the required variables are checked first
 * (every missing one is named, then the process exits with status 2); then the database and Redis are connected: those
 * of {@code DATABASE_URL} and {@code REDIS_URL}, or a local run's ({@link LocalServers}). Logs are JSON lines in
 * production, plain text locally ({@link LogFormat}).
 */
public final class Launch {

    private Launch() {
    }

    public static ApplicationContext start(Class<?> mainClass, String[] args, RequiredVariables productionNeeds) {
        Map<String, String> env = System.getenv();
        LogFormat.select(env); // first: logback reads its configuration on the first log call (a local run's servers log)
        boolean production = Infrastructure.isProduction(env);
        Map<String, Object> connections;
        try {
            if (production) {
                productionNeeds.check(env);
            }
            connections = Infrastructure.connectionProperties(env);
        } catch (RequiredVariables.MissingConfigurationException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return null;
        }
        Micronaut micronaut = Micronaut.build(args);
        micronaut.mainClass(mainClass).deduceEnvironment(false).banner(false).properties(connections);
        if (production) {
            micronaut.defaultEnvironments("prod");
        }
        return micronaut.start();
    }
}
