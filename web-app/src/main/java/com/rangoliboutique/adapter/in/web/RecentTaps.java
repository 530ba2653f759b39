package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.in.CountVisitsUseCase.TapKind;
import com.rangoliboutique.domain.product.DressId;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one tap per button, piece and client address a minute: a second tap (or the ping and a beacon of one tap)
 * within the minute is not counted again. The address is held here, in memory, for that minute only — never written
 * anywhere; entries older than a minute are swept once a minute. Bounded: past {@link #MAX_ENTRIES} addresses in one
 * minute (a flood, not buyers) further taps are not counted.
 */
@Singleton
class RecentTaps {

    static final long WINDOW_MILLIS = 60_000;
    static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, Long> taps = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    RecentTaps(Clock clock) {
        this.clock = clock;
        this.lastSweep = clock.millis();
    }

    /** True when this is the first such tap from {@code address} in the last minute (and so it counts). */
    boolean first(String address, DressId dressId, TapKind kind) {
        long now = clock.millis();
        if (now - lastSweep >= WINDOW_MILLIS) {
            lastSweep = now;
            taps.values().removeIf(at -> now - at >= WINDOW_MILLIS);
        }
        String key = kind.ordinal() + dressId.value() + " " + address;
        if (taps.size() >= MAX_ENTRIES && !taps.containsKey(key)) {
            return false;
        }
        boolean[] fresh = {false};
        taps.compute(key, (k, at) -> {
            if (at == null || now - at >= WINDOW_MILLIS) {
                fresh[0] = true;
                return now;
            }
            return at;
        });
        return fresh[0];
    }
}
