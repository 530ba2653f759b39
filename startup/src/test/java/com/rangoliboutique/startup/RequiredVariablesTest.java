package com.rangoliboutique.startup;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredVariablesTest {

    private final RequiredVariables required = new RequiredVariables()
            .require("DATABASE_URL", "the shop's PostgreSQL")
            .require("REDIS_URL", "the job queue")
            .requireWhen("TELEGRAM_WEBHOOK_SECRET", "checks that updates come from Telegram",
                    RequiredVariables.isSet("TELEGRAM_BOT_TOKEN"));

    @Test
    void namesEveryMissingVariableWithItsReason() {
        RequiredVariables.MissingConfigurationException e = assertThrows(
                RequiredVariables.MissingConfigurationException.class,
                () -> required.check(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "REDIS_URL", " ")));
        assertTrue(e.getMessage().contains("DATABASE_URL: the shop's PostgreSQL"), e.getMessage());
        assertTrue(e.getMessage().contains("REDIS_URL: the job queue"), e.getMessage());
        assertTrue(e.getMessage().contains("TELEGRAM_WEBHOOK_SECRET: checks"), e.getMessage());
    }

    @Test
    void conditionalVariablesAreNeededOnlyWhenTheirConditionHolds() {
        assertEquals(List.of(), required.missing(Map.of("DATABASE_URL", "postgres://db/x", "REDIS_URL", "redis://r")));
        assertDoesNotThrow(() -> required.check(Map.of("DATABASE_URL", "postgres://db/x", "REDIS_URL", "redis://r")));
    }

    @Test
    void productionIsRecognisedFromAppEnvFlaskEnvOrMicronautEnvironments() {
        assertTrue(Infrastructure.isProduction(Map.of("APP_ENV", "production")));
        assertTrue(Infrastructure.isProduction(Map.of("FLASK_ENV", "production")));
        assertTrue(Infrastructure.isProduction(Map.of("MICRONAUT_ENVIRONMENTS", "prod")));
        assertTrue(Infrastructure.isProduction(Map.of("MICRONAUT_ENVIRONMENTS", "cloud, prod")));
        assertFalse(Infrastructure.isProduction(Map.of("MICRONAUT_ENVIRONMENTS", "dev,product-demo")));
        assertFalse(Infrastructure.isProduction(Map.of()));
    }
}
