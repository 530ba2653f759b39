package com.rangoliboutique.app.web;

import com.rangoliboutique.startup.Infrastructure;
import com.rangoliboutique.startup.RequiredVariables;
import io.micronaut.context.ApplicationContext;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar web-app.jar migrate}: the spec's {@code release} step — runs the Flyway migrations and exits, so a
 * deployment migrates once before web and worker start.
 */
final class MigrateCommand {

    private static final RequiredVariables NEEDS = new RequiredVariables()
            .require("DATABASE_URL", "the shop's PostgreSQL, postgres://user:pass@host:5432/db");

    private MigrateCommand() {
    }

    /** @return the process exit status: 0 migrated, 2 not configured, 1 the migration failed */
    static int run() {
        Map<String, String> env = System.getenv();
        Map<String, Object> properties;
        try {
            if (Infrastructure.isProduction(env)) {
                NEEDS.check(env);
            }
            properties = new HashMap<>(Infrastructure.databaseProperties(env));
        } catch (RequiredVariables.MissingConfigurationException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("micronaut.server.enabled", false);
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start()) {
            context.getBean(DataSource.class); // micronaut-flyway migrates as the data source is created
            System.out.println("Database migrated.");
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Migration failed: " + e.getMessage());
            return 1;
        }
    }
}
