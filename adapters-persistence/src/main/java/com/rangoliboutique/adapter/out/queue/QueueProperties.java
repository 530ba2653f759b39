package com.rangoliboutique.adapter.out.queue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The AI generation queue on Redis (README "Configuration"), bound from {@code queue.*}.
 *
 * @param visibilityTimeout how long a job a dead worker left stays unclaimed before another worker takes it
 *                          ({@code QUEUE_VISIBILITY_TIMEOUT}); also the life of a job's {@code ai_gen} lock
 */
@ConfigurationProperties("queue")
public record QueueProperties(@Bindable(defaultValue = "10m") Duration visibilityTimeout) {

    public QueueProperties {
        if (visibilityTimeout == null || visibilityTimeout.isZero() || visibilityTimeout.isNegative()) {
            throw new IllegalArgumentException("QUEUE_VISIBILITY_TIMEOUT: \"" + visibilityTimeout + "\" must be longer"
                    + " than nothing, use e.g. 10m");
        }
    }
}
