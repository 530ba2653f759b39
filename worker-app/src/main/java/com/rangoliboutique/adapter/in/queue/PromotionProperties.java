package com.rangoliboutique.adapter.in.queue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * The promotion outbox's loop (README "Telegram channel"), bound from {@code promotion.*}.
 *
 * @param retryDelays the waits after each failed attempt ({@code PROMOTION_RETRY_DELAYS}); the last one repeats
 * @param maxAttempts attempts before a row is given up on (kept, with an ERROR in the log)
 * @param pollEvery   how often the outbox is looked at while it has nothing due
 */
@ConfigurationProperties("promotion")
public record PromotionProperties(
        @Bindable(defaultValue = "10s,1m,5m,30m") List<Duration> retryDelays,
        @Bindable(defaultValue = "12") int maxAttempts,
        @Bindable(defaultValue = "1s") Duration pollEvery) {

    public PromotionProperties {
        retryDelays = retryDelays == null || retryDelays.isEmpty() ? List.of(Duration.ofSeconds(10))
                : List.copyOf(retryDelays);
        for (Duration delay : retryDelays) {
            if (delay == null || delay.isZero() || delay.isNegative()) {
                throw new IllegalArgumentException("PROMOTION_RETRY_DELAYS: \"" + delay + "\" must be longer than"
                        + " nothing, use e.g. 10s,1m,5m,30m");
            }
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("promotion.max-attempts: must be at least 1, e.g. 12");
        }
        if (pollEvery == null || pollEvery.isZero() || pollEvery.isNegative()) {
            throw new IllegalArgumentException("promotion.poll-every: must be longer than nothing, e.g. 1s");
        }
    }
}
