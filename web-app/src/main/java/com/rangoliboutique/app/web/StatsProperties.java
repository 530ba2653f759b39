package com.rangoliboutique.app.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Counting what buyers do (README "Counting and privacy").
 *
 * @param enabled    {@code STATS_ENABLED}: false counts nothing (the tap endpoint still answers 204)
 * @param flushEvery {@code STATS_FLUSH_EVERY}: how often each web process writes its counts, in one batch
 * @param timeZone   {@code SHOP_TIME_ZONE}: a count belongs to the date there at the moment of the view
 */
@ConfigurationProperties("stats")
public record StatsProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "5s") Duration flushEvery,
        @Bindable(defaultValue = "Asia/Kolkata") String timeZone) {

    public StatsProperties {
        if (flushEvery.isNegative() || flushEvery.isZero()) {
            throw new IllegalArgumentException("STATS_FLUSH_EVERY must be longer than 0, e.g. 5s");
        }
        zone(timeZone);
    }

    public ZoneId zone() {
        return zone(timeZone);
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("SHOP_TIME_ZONE: \"" + name + "\" is not a time zone — use a name such"
                    + " as Asia/Kolkata");
        }
    }
}
