package com.rangoliboutique.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.runtime.Micronaut;

import java.util.Map;

/**
 * Starts one of our Micronaut processes from the environment: in production the required variables are checked first
 * (every missing one is named, then the process exits with status 2), and every setting that is not free text is checked
 * for its type ({@link TypedVariables}: a malformed one is named, status 2); then the database and Redis are connected:
 * those of {@code DATABASE_URL} and {@code REDIS_URL}, or a local run's ({@link LocalServers}). Logs are JSON lines in
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
            TypedVariables.check(env);
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
        // a settings record refusing its value: no stack trace and exit 1 from Micronaut, the message and 2 from us
        micronaut.mapError(BeanInstantiationException.class, e -> settingProblem(e) == null ? 1 : 0);
        micronaut.mapError(DependencyInjectionException.class, e -> settingProblem(e) == null ? 1 : 0);
        try {
            return micronaut.start();
        } catch (RuntimeException e) {
            String setting = settingProblem(e);
            if (setting == null) {
                throw e;
            }
            System.err.println("Cannot start; this setting is out of range:\n  " + setting);
            System.exit(2);
            return null;
        }
    }

    /**
     * The message of a settings record that refused its value ("WORKER_CONCURRENCY: \"0\" is out of range, …"),
     * found in the chain of Micronaut's bean-creation failure; null for any other failure.
     */
    static String settingProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null
                    && t.getMessage().matches("(?s)[A-Z][A-Z0-9_]+: .*")) {
                return t.getMessage();
            }
        }
        return null;
    }
}
