package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.VisitCounts;
import com.rangoliboutique.domain.product.DressId;

import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily rows in memory, like {@code piece_daily_stats} and {@code catalog_daily_stats}: a batch is added whole or
 * not at all, counts of pieces the {@link Products} do not know are dropped. {@link #goAway()} makes it fail as the
 * database does when it cannot be reached.
 */
public final class InMemoryVisitCounts implements VisitCounts {

    private final Products products;
    private final Map<String, long[]> pieces = new HashMap<>();
    private final Map<LocalDate, Long> catalog = new HashMap<>();
    private boolean away;
    private int batches;

    public InMemoryVisitCounts(Products products) {
        this.products = products;
    }

    @Override
    public synchronized void add(List<DailyCount> counts) {
        if (away) {
            throw new IllegalStateException("no connection", new SQLTransientConnectionException("database away"));
        }
        batches++;
        for (DailyCount count : counts) {
            if (count instanceof PieceCount piece) {
                if (products.byDressId(piece.dressId()).isPresent()) {
                    long[] row = pieces.computeIfAbsent(key(piece.dressId(), piece.day()), k -> new long[3]);
                    row[0] += piece.views();
                    row[1] += piece.taps();
                    row[2] += piece.similarTaps();
                }
            } else {
                catalog.merge(count.day(), ((CatalogCount) count).views(), Long::sum);
            }
        }
    }

    public synchronized void goAway() {
        away = true;
    }

    public synchronized void comeBack() {
        away = false;
    }

    /** Views, taps and similar taps stored for the piece on that day (zeros when there is no row). */
    public synchronized long[] piece(DressId dressId, LocalDate day) {
        return pieces.getOrDefault(key(dressId, day), new long[3]).clone();
    }

    public synchronized long catalogViews(LocalDate day) {
        return catalog.getOrDefault(day, 0L);
    }

    /** How many batches were stored. */
    public synchronized int batches() {
        return batches;
    }

    private static String key(DressId dressId, LocalDate day) {
        return dressId.value() + "@" + day;
    }
}
