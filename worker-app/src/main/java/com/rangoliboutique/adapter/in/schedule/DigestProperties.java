package com.rangoliboutique.adapter.in.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The morning digest (README "Configuration"), bound from {@code digest.*}; a value that does not read stops the
 * worker at start naming its variable.
 *
 * @param time           {@code DIGEST_TIME}: the shop's local time from which the day's digest is sent, {@code HH:mm},
 *                       or {@code off}
 * @param timeZone       {@code SHOP_TIME_ZONE}: the shop's time zone (its days and its digest time)
 * @param staleAfterDays {@code STALE_AFTER_DAYS}: days on sale after which a piece no one taps gets a stock alert
 * @param tickEvery      how often the worker looks whether the digest is due
 */
@ConfigurationProperties("digest")
public record DigestProperties(
        @Bindable(defaultValue = "09:00") String time,
        @Bindable(defaultValue = "Asia/Kolkata") String timeZone,
        @Bindable(defaultValue = "30") int staleAfterDays,
        @Bindable(defaultValue = "60s") Duration tickEvery) {

    public static final String OFF = "off";

    public DigestProperties {
        time = time == null || time.isBlank() ? "09:00" : time.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? "Asia/Kolkata" : timeZone.strip();
        at(time);
        zone(timeZone);
        if (staleAfterDays < 1 || staleAfterDays > 3650) {
            throw new IllegalArgumentException("STALE_AFTER_DAYS: \"" + staleAfterDays + "\" is out of range, use a"
                    + " whole number of days from 1 to 3650, e.g. 30");
        }
        if (tickEvery == null || tickEvery.isZero() || tickEvery.isNegative()) {
            throw new IllegalArgumentException("DIGEST_TICK_EVERY: must be longer than nothing, use e.g. 60s");
        }
    }

    /** The digest time; empty when the digest is off. */
    public Optional<LocalTime> at() {
        return at(time);
    }

    public ZoneId zone() {
        return zone(timeZone);
    }

    private static Optional<LocalTime> at(String time) {
        if (time.equalsIgnoreCase(OFF)) {
            return Optional.empty();
        }
        if (!time.matches("\\d{1,2}:\\d{2}")) {
            throw notATime(time);
        }
        try {
            return Optional.of(LocalTime.parse(time.length() == 4 ? "0" + time : time));
        } catch (DateTimeParseException e) {
            throw notATime(time);
        }
    }

    private static IllegalArgumentException notATime(String time) {
        return new IllegalArgumentException("DIGEST_TIME: \"" + time + "\" is not a time of day, use 09:00 (24-hour"
                + " HH:mm, in SHOP_TIME_ZONE) or off");
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("SHOP_TIME_ZONE: \"" + zone + "\" is not a time zone, use a name like"
                    + " Asia/Kolkata");
        }
    }
}
