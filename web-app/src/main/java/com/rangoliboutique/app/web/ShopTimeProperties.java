package com.rangoliboutique.app.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * {@code SHOP_TIME_ZONE} (README "Configuration"): the shop's days in /stats and the end of a Keep's silence. Made at
 * start, so a zone that does not exist stops the web process there, naming the variable.
 */
@Context
@ConfigurationProperties("shop-time")
public record ShopTimeProperties(@Bindable(defaultValue = "Asia/Kolkata") String timeZone) {

    public ShopTimeProperties {
        timeZone = timeZone == null || timeZone.isBlank() ? "Asia/Kolkata" : timeZone.strip();
        zone(timeZone);
    }

    public ZoneId zone() {
        return zone(timeZone);
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
