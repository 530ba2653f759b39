package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.domain.product.Product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link VisitStats} over the in-memory {@code piece_daily_stats} and {@code catalog_daily_stats}. */
final class InMemoryVisitStats implements VisitStats {

    private final InMemoryDatabase db;

    InMemoryVisitStats(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<DayTotals> days(LocalDate from, LocalDate to) {
        return db.read(() -> {
            Map<LocalDate, long[]> sums = new TreeMap<>();
            db.tables.pieceDays.forEach((row, counts) -> {
                if (within(row.day(), from, to)) {
                    long[] sum = sums.computeIfAbsent(row.day(), d -> new long[4]);
                    sum[0] += counts[0];
                    sum[1] += counts[1];
                    sum[2] += counts[2];
                }
            });
            db.tables.catalogDays.forEach((day, views) -> {
                if (within(day, from, to)) {
                    sums.computeIfAbsent(day, d -> new long[4])[3] += views;
                }
            });
            List<DayTotals> days = new ArrayList<>();
            sums.forEach((day, s) -> days.add(new DayTotals(day, s[0], s[1], s[2], s[3])));
            return days;
        });
    }

    @Override
    public List<PieceTotals> pieces(LocalDate from, LocalDate to) {
        return db.read(() -> {
            Map<Long, long[]> sums = new TreeMap<>();
            db.tables.pieceDays.forEach((row, counts) -> {
                if (within(row.day(), from, to)) {
                    long[] sum = sums.computeIfAbsent(row.productId(), id -> new long[3]);
                    sum[0] += counts[0];
                    sum[1] += counts[1];
                    sum[2] += counts[2];
                }
            });
            List<PieceTotals> pieces = new ArrayList<>();
            sums.forEach((id, s) -> {
                Product p = db.tables.products.get(id);
                pieces.add(new PieceTotals(id, p.dressId(), p.title(), p.categories(), s[0], s[1], s[2]));
            });
            return pieces;
        });
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
