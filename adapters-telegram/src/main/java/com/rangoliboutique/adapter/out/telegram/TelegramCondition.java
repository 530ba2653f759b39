package com.rangoliboutique.adapter.out.telegram;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/**
 * Telegram is on when {@code telegram.bot-token} is set and not blank ({@code ${TELEGRAM_BOT_TOKEN:}} in the
 * configuration yields an empty value, which a plain {@code @Requires(property = …)} would count as set).
 */
public final class TelegramCondition {

    private TelegramCondition() {
    }

    /** A bot token is configured: the real Telegram beans are active. */
    public static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return tokenConfigured(context);
        }
    }

    /** No bot token: Telegram is off, notifications go to the log. */
    public static final class Disabled implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return !tokenConfigured(context);
        }
    }

    private static boolean tokenConfigured(ConditionContext context) {
        return context.getBeanContext() instanceof PropertyResolver properties
                && properties.getProperty(TelegramClientFactory.BOT_TOKEN, String.class)
                        .filter(token -> !token.isBlank())
                        .isPresent();
    }
}
