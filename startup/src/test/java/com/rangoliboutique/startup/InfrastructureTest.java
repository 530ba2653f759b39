package com.rangoliboutique.startup;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without the local-run jar (as here and in a release jar) no LocalServers is installed. */
class InfrastructureTest {

    @Test
    void noLocalServersAreInstalledOnAReleaseClassPath() {
        assertTrue(LocalServers.installed().isEmpty());
    }

    @Test
    void withoutUrlsItNamesBothAndSaysHowToRunLocally() {
        RequiredVariables.MissingConfigurationException e = assertThrows(
                RequiredVariables.MissingConfigurationException.class,
                () -> Infrastructure.connectionProperties(Map.of("REDIS_URL", " ")));
        assertTrue(e.getMessage().contains("DATABASE_URL: the shop's PostgreSQL"), e.getMessage());
        assertTrue(e.getMessage().contains("REDIS_URL: the job queue"), e.getMessage());
        assertTrue(e.getMessage().endsWith("./mvnw -Prun -DskipTests package"), e.getMessage());
    }

    @Test
    void theMigrateStepNeedsOnlyTheDatabase() {
        RequiredVariables.MissingConfigurationException e = assertThrows(
                RequiredVariables.MissingConfigurationException.class,
                () -> Infrastructure.databaseProperties(Map.of()));
        assertTrue(e.getMessage().contains("DATABASE_URL: "), e.getMessage());
        assertFalse(e.getMessage().contains("REDIS_URL"), e.getMessage());
    }

    @Test
    void productionIsNotToldAboutTheLocalRun() {
        RequiredVariables.MissingConfigurationException e = assertThrows(
                RequiredVariables.MissingConfigurationException.class,
                () -> Infrastructure.connectionProperties(Map.of("APP_ENV", "production")));
        assertTrue(e.getMessage().startsWith("Cannot start in production"), e.getMessage());
        assertFalse(e.getMessage().contains("mvnw"), e.getMessage());
    }

    @Test
    void givenUrlsBecomeTheConnectionProperties() {
        Map<String, Object> p = Infrastructure.connectionProperties(Map.of(
                "DATABASE_URL", "postgres://shop:pw@db.internal:5433/rangoli", "REDIS_URL", " redis://cache:6379/0 "));
        assertEquals("jdbc:postgresql://db.internal:5433/rangoli", p.get("datasources.default.url"));
        assertEquals("shop", p.get("datasources.default.username"));
        assertEquals("pw", p.get("datasources.default.password"));
        assertEquals("redis://cache:6379/0", p.get("redis.url"));
    }
}
