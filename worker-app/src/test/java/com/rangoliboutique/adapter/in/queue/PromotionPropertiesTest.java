package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.rangoliboutique.startup.TypedVariables;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionPropertiesTest {

    @Test
    void theDefaultsAreTheREADMEs() {
        PromotionProperties defaults = bind(Map.of());
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(30)), defaults.retryDelays());
        assertEquals(12, defaults.maxAttempts());
    }

    @Test
    void aChannelIsAnAtNameOrAMinus100IdAndAnythingElseStopsTheStart() {
        for (String good : List.of("@rangoli_new", "-1001234567890")) {
            assertEquals(List.of(), TypedVariables.problems(Map.of("TELEGRAM_CHANNEL_ID", good)), good);
            assertEquals(good, telegram(good).channelId());
        }
        for (String bad : List.of("rangoli_new", "@ab", "https://t.me/rangoli_new", "12345")) {
            assertEquals(List.of("TELEGRAM_CHANNEL_ID: \"" + bad + "\" is not a Telegram channel (@name or its -100…"
                    + " id), use @rangoli_new"), TypedVariables.problems(Map.of("TELEGRAM_CHANNEL_ID", bad)), bad);
            assertThrows(IllegalArgumentException.class, () -> new TelegramProperties("", "", "", "", 120, 5,
                    Duration.ofMillis(1500), false, bad), bad);
        }
        assertEquals("", telegram("").channelId(), "blank: no channel");
        assertTrue(TypedVariables.problems(Map.of("PROMOTION_RETRY_DELAYS", "10s,soon")).get(0)
                .startsWith("PROMOTION_RETRY_DELAYS: \"soon\" is not a duration"));
    }

    @Test
    void aRetryDelayOfNothingIsRefused() {
        assertThrows(RuntimeException.class, () -> bind(Map.of("promotion.retry-delays", "0s")));
    }

    private static TelegramProperties telegram(String channel) {
        return new TelegramProperties("", "", "", "", 120, 5, Duration.ofMillis(1500), false, channel);
    }

    private static PromotionProperties bind(Map<String, Object> properties) {
        Map<String, Object> p = new java.util.HashMap<>(properties);
        p.put("worker.enabled", "false"); // the settings alone: no loops, no connections
        p.put("flyway.datasources.default.enabled", "false");
        p.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:9/nowhere"); // never connected to
        p.put("datasources.default.initialization-fail-timeout", "-1");
        try (ApplicationContext context = ApplicationContext.run(p, "settings-test")) {
            return context.getBean(PromotionProperties.class);
        }
    }
}
