package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.VisitCounts;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A flush's counts in one transaction of at most two statements, whatever their number: the rows go as arrays
 * ({@code unnest}) into one {@code INSERT … ON CONFLICT DO UPDATE} per table, which adds to the row another process
 * (or an earlier flush) made. Pieces are named by dress id; one that was deleted meanwhile finds no product and is
 * left out.
 */
@Singleton
class VisitCountsJdbcAdapter implements VisitCounts {

    private static final String PIECES = "INSERT INTO piece_daily_stats AS s (product_id, day, views, taps, similar_taps)"
            + " SELECT p.id, v.day, v.views, v.taps, v.similar_taps"
            + " FROM unnest(?::varchar[], ?::date[], ?::int[], ?::int[], ?::int[])"
            + " AS v (dress_id, day, views, taps, similar_taps)"
            + " JOIN products p ON p.dress_id = v.dress_id"
            + " ON CONFLICT (product_id, day) DO UPDATE SET views = s.views + EXCLUDED.views,"
            + " taps = s.taps + EXCLUDED.taps, similar_taps = s.similar_taps + EXCLUDED.similar_taps";
    private static final String CATALOG = "INSERT INTO catalog_daily_stats AS s (day, views)"
            + " SELECT v.day, v.views FROM unnest(?::date[], ?::int[]) AS v (day, views)"
            + " ON CONFLICT (day) DO UPDATE SET views = s.views + EXCLUDED.views";

    private final DataSource dataSource;

    VisitCountsJdbcAdapter(DataSource dataSource) {
        // the pool itself: the contextual wrapper hands out connections only inside a transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public void add(List<DailyCount> counts) {
        List<PieceCount> pieces = new ArrayList<>();
        List<CatalogCount> catalog = new ArrayList<>();
        for (DailyCount count : counts) {
            if (count instanceof PieceCount piece) {
                pieces.add(piece);
            } else {
                catalog.add((CatalogCount) count);
            }
        }
        if (pieces.isEmpty() && catalog.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!pieces.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement(PIECES)) {
                        s.setArray(1, c.createArrayOf("varchar", pieces.stream().map(p -> p.dressId().value())
                                .toArray()));
                        s.setArray(2, c.createArrayOf("varchar", pieces.stream().map(p -> p.day().toString())
                                .toArray()));
                        s.setArray(3, c.createArrayOf("int4", pieces.stream().map(p -> count(p.views())).toArray()));
                        s.setArray(4, c.createArrayOf("int4", pieces.stream().map(p -> count(p.taps())).toArray()));
                        s.setArray(5, c.createArrayOf("int4", pieces.stream().map(p -> count(p.similarTaps()))
                                .toArray()));
                        s.executeUpdate();
                    }
                }
                if (!catalog.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement(CATALOG)) {
                        s.setArray(1, c.createArrayOf("varchar", catalog.stream().map(v -> v.day().toString())
                                .toArray()));
                        s.setArray(2, c.createArrayOf("int4", catalog.stream().map(v -> count(v.views())).toArray()));
                        s.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("visit counts not stored: " + e.getMessage(), e);
        }
    }

    /** A day's count of one piece fits an INTEGER column by far; past it the database refuses the batch. */
    private static Integer count(long value) {
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
