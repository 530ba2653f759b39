package com.rangoliboutique.adapter.out.ai;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * Chooses the one {@link com.rangoliboutique.application.port.out.ImageGenerator}: Gemini when
 * {@code ai.gemini.api-key} or {@code ai.gemini.project} is non-blank, otherwise the offline stand-in.
 */
public final class GeminiCredentials {

    private GeminiCredentials() {
    }

    static boolean configured(ConditionContext<?> context) {
        return nonBlank(context, "ai.gemini.api-key") || nonBlank(context, "ai.gemini.project");
    }

    private static boolean nonBlank(ConditionContext<?> context, String property) {
        return context.getProperty(property, String.class).filter(value -> !value.isBlank()).isPresent();
    }

    /** Gemini credentials are configured. */
    public static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return configured(context);
        }
    }

    /** No Gemini credentials: the offline stand-in is used. */
    public static final class Missing implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return !configured(context);
        }
    }
}
