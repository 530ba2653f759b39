package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The daily counts ({@code piece_daily_stats}, {@code catalog_daily_stats}, V8) summed in SQL. */
@Singleton
class VisitStatsJdbcAdapter implements VisitStats {

    private static final String DAYS = "SELECT COALESCE(p.day, c.day) AS day, COALESCE(p.views, 0) AS views,"
            + " COALESCE(p.taps, 0) AS taps, COALESCE(p.similar_taps, 0) AS similar_taps,"
            + " COALESCE(c.views, 0) AS catalog_views"
            + " FROM (SELECT day, SUM(views) AS views, SUM(taps) AS taps, SUM(similar_taps) AS similar_taps"
            + "       FROM piece_daily_stats WHERE day BETWEEN ? AND ? GROUP BY day) p"
            + " FULL OUTER JOIN (SELECT day, views FROM catalog_daily_stats WHERE day BETWEEN ? AND ?) c"
            + " ON c.day = p.day ORDER BY 1";
    private static final String PIECES = "SELECT s.product_id, p.dress_id, p.title, p.categories::text AS categories,"
            + " SUM(s.views) AS views, SUM(s.taps) AS taps, SUM(s.similar_taps) AS similar_taps"
            + " FROM piece_daily_stats s JOIN products p ON p.id = s.product_id"
            + " WHERE s.day BETWEEN ? AND ? GROUP BY s.product_id, p.dress_id, p.title, p.categories::text";

    private final TransactionOperations<Connection> transactions;
    private final JsonColumns json;

    VisitStatsJdbcAdapter(TransactionOperations<Connection> transactions, JsonColumns json) {
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public List<DayTotals> days(LocalDate from, LocalDate to) {
        return StatsSql.read(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(DAYS)) {
                s.setDate(1, Date.valueOf(from));
                s.setDate(2, Date.valueOf(to));
                s.setDate(3, Date.valueOf(from));
                s.setDate(4, Date.valueOf(to));
                List<DayTotals> days = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        days.add(new DayTotals(rs.getDate("day").toLocalDate(), rs.getLong("views"),
                                rs.getLong("taps"), rs.getLong("similar_taps"), rs.getLong("catalog_views")));
                    }
                }
                return days;
            }
        });
    }

    @Override
    public List<PieceTotals> pieces(LocalDate from, LocalDate to) {
        return StatsSql.read(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(PIECES)) {
                s.setDate(1, Date.valueOf(from));
                s.setDate(2, Date.valueOf(to));
                List<PieceTotals> pieces = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        pieces.add(new PieceTotals(rs.getLong("product_id"), DressId.parse(rs.getString("dress_id")),
                                rs.getString("title"), json.strings(rs.getString("categories")), rs.getLong("views"),
                                rs.getLong("taps"), rs.getLong("similar_taps")));
                    }
                }
                return pieces;
            }
        });
    }
}
