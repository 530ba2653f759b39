package com.rangoliboutique.startup;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogFormatTest {

    @Test
    void plainTextLocallyJsonInProduction() {
        assertEquals("logback.xml", LogFormat.configurationFor(Map.of()));
        assertEquals("logback-json.xml", LogFormat.configurationFor(Map.of("APP_ENV", "production")));
        assertEquals("logback-json.xml", LogFormat.configurationFor(Map.of("FLASK_ENV", "production")));
        assertEquals("logback-json.xml", LogFormat.configurationFor(Map.of("MICRONAUT_ENVIRONMENTS", "prod")));
    }

    @Test
    void logFormatOverridesTheEnvironment() {
        assertEquals("logback-json.xml", LogFormat.configurationFor(Map.of("LOG_FORMAT", " JSON ")));
        assertEquals("logback.xml", LogFormat.configurationFor(Map.of("LOG_FORMAT", "text", "APP_ENV", "production")));
        assertEquals("logback-json.xml",
                LogFormat.configurationFor(Map.of("LOG_FORMAT", "", "APP_ENV", "production")));
    }
}
