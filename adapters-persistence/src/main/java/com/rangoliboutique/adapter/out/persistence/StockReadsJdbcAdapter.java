package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.StockReads;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Waiting drafts and pieces long on sale (with their recent counts and silence), for the morning digest. */
@Singleton
class StockReadsJdbcAdapter implements StockReads {

    private static final String DRAFTS = "SELECT id, dress_id, title, created_at FROM products"
            + " WHERE status = 'DRAFT' AND created_at < ? ORDER BY created_at, id";
    private static final String ON_SALE = "SELECT p.id, p.dress_id, p.title, p.published_at, s.silent_until,"
            + " COALESCE((SELECT SUM(d.views) FROM piece_daily_stats d WHERE d.product_id = p.id AND d.day >= ?), 0) AS views,"
            + " COALESCE((SELECT SUM(d.taps) FROM piece_daily_stats d WHERE d.product_id = p.id AND d.day >= ?), 0) AS taps"
            + " FROM products p LEFT JOIN stock_alert_silences s ON s.product_id = p.id"
            + " WHERE p.status = 'PUBLISHED' AND p.published_at < ? ORDER BY p.published_at, p.id";

    private final TransactionOperations<Connection> transactions;

    StockReadsJdbcAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<WaitingDraft> draftsCreatedBefore(Instant createdBefore) {
        return StatsSql.read(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(DRAFTS)) {
                s.setTimestamp(1, Timestamp.from(createdBefore));
                List<WaitingDraft> drafts = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        drafts.add(new WaitingDraft(rs.getLong("id"), DressId.parse(rs.getString("dress_id")),
                                rs.getString("title"), rs.getTimestamp("created_at").toInstant()));
                    }
                }
                return drafts;
            }
        });
    }

    @Override
    public List<OnSale> publishedBefore(Instant publishedBefore, LocalDate countsFrom) {
        return StatsSql.read(transactions, c -> {
            try (PreparedStatement s = c.prepareStatement(ON_SALE)) {
                s.setDate(1, Date.valueOf(countsFrom));
                s.setDate(2, Date.valueOf(countsFrom));
                s.setTimestamp(3, Timestamp.from(publishedBefore));
                List<OnSale> pieces = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Timestamp silent = rs.getTimestamp("silent_until");
                        pieces.add(new OnSale(rs.getLong("id"), DressId.parse(rs.getString("dress_id")),
                                rs.getString("title"), rs.getTimestamp("published_at").toInstant(), rs.getLong("views"),
                                rs.getLong("taps"), silent == null ? null : silent.toInstant()));
                    }
                }
                return pieces;
            }
        });
    }
}
