package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.VisitCounts.CatalogCount;
import com.rangoliboutique.application.port.out.VisitCounts.DailyCount;
import com.rangoliboutique.application.port.out.VisitCounts.PieceCount;
import com.rangoliboutique.domain.product.DressId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts of one process since the last flush, per piece (or the catalog) and shop day: one {@link LongAdder} per
 * number, so counting on the page path is a map lookup and an increment, never a lock. The day is the date in the
 * shop's time zone at the moment of the view; the day's bounds are kept, so the zone's rules are asked once a day.
 */
public final class VisitTally {

    private final Clock clock;
    private final ZoneId zone;
    private final ConcurrentHashMap<Slot, Numbers> numbers = new ConcurrentHashMap<>();
    private volatile Today today;

    /** @param zone the shop's time zone: a day's counts are those of its date there */
    public VisitTally(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** A piece's (or, with a null dress id, the catalog's) day. */
    record Slot(DressId dressId, LocalDate day) {
    }

    enum Kind { VIEW, TAP, SIMILAR_TAP }

    void add(DressId dressId, Kind kind) {
        Slot slot = new Slot(dressId, day());
        Numbers n = numbers.get(slot);
        if (n == null) {
            n = numbers.computeIfAbsent(slot, s -> new Numbers());
        }
        switch (kind) {
            case VIEW -> n.views.increment();
            case TAP -> n.taps.increment();
            case SIMILAR_TAP -> n.similarTaps.increment();
        }
    }

    /**
     * What was counted since the last call, leaving zeros behind. Counts added while this runs are either in the answer
     * or left for the next call, never lost. Slots two days old and empty are forgotten (no view can still be on its
     * way to them), so the map holds at most today's and yesterday's pieces.
     */
    List<DailyCount> drain() {
        LocalDate forgetBefore = day().minusDays(1);
        List<DailyCount> drained = new ArrayList<>();
        for (Map.Entry<Slot, Numbers> entry : numbers.entrySet()) {
            Slot slot = entry.getKey();
            Numbers n = entry.getValue();
            long views = n.views.sumThenReset();
            long taps = n.taps.sumThenReset();
            long similar = n.similarTaps.sumThenReset();
            if (views == 0 && taps == 0 && similar == 0) {
                if (slot.day().isBefore(forgetBefore)) {
                    numbers.remove(slot, n);
                }
            } else if (slot.dressId() == null) {
                drained.add(new CatalogCount(slot.day(), views));
            } else {
                drained.add(new PieceCount(slot.dressId(), slot.day(), views, taps, similar));
            }
        }
        return drained;
    }

    /** The shop's date now. */
    LocalDate day() {
        long now = clock.millis();
        Today t = today;
        if (t == null || now < t.startMillis || now >= t.endMillis) {
            t = Today.at(now, zone);
            today = t;
        }
        return t.day;
    }

    private record Today(LocalDate day, long startMillis, long endMillis) {

        static Today at(long millis, ZoneId zone) {
            LocalDate day = Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
            ZonedDateTime start = day.atStartOfDay(zone);
            return new Today(day, start.toInstant().toEpochMilli(),
                    day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }
    }

    private static final class Numbers {
        final LongAdder views = new LongAdder();
        final LongAdder taps = new LongAdder();
        final LongAdder similarTaps = new LongAdder();
    }
}
