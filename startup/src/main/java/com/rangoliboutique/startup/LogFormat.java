package com.rangoliboutique.startup;

import java.util.Locale;
import java.util.Map;

/**
 * Chooses the log format before anything logs: one JSON object per line ({@code logback-json.xml}, see
 * {@link JsonLineEncoder}) in production or with {@code LOG_FORMAT=json}; plain text ({@code logback.xml}) locally or
 * with {@code LOG_FORMAT=text}. An explicit {@code -Dlogback.configurationFile} always wins.
 */
public final class LogFormat {

    static final String CONFIGURATION_PROPERTY = "logback.configurationFile";
    static final String JSON_CONFIGURATION = "logback-json.xml";
    static final String TEXT_CONFIGURATION = "logback.xml";

    private LogFormat() {
    }

    /** Sets {@code logback.configurationFile} for {@code env}, unless it is set already. Call before any logging. */
    public static void select(Map<String, String> env) {
        if (System.getProperty(CONFIGURATION_PROPERTY) == null) {
            System.setProperty(CONFIGURATION_PROPERTY, configurationFor(env));
        }
    }

    static String configurationFor(Map<String, String> env) {
        String format = env.getOrDefault("LOG_FORMAT", "").strip().toLowerCase(Locale.ROOT);
        boolean json = switch (format) {
            case "json" -> true;
            case "text", "plain" -> false;
            default -> Infrastructure.isProduction(env);
        };
        return json ? JSON_CONFIGURATION : TEXT_CONFIGURATION;
    }
}
