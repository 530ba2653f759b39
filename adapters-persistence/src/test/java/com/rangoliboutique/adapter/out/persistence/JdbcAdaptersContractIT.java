package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.AuditLogContract;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.ImagesContract;
import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.application.port.out.GenerationLogContract;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.PieceMessagesContract;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.application.port.out.ProductSearchContract;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.ProductsContract;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.SettingsContract;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.DigestClaims;
import com.rangoliboutique.application.port.out.DigestClaimsContract;
import com.rangoliboutique.application.port.out.PromotionsContract;
import com.rangoliboutique.application.port.out.ChannelPostsContract;
import com.rangoliboutique.application.port.out.StockAlertSilences;
import com.rangoliboutique.application.port.out.StockReads;
import com.rangoliboutique.application.port.out.StockReadsContract;
import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.application.port.out.VisitStatsContract;
import com.rangoliboutique.application.port.out.VisitCounts;
import com.rangoliboutique.application.port.out.VisitCountsContract;
import com.rangoliboutique.domain.product.DressId;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The PostgreSQL adapters keep the promises the use-case tests rely on when they run on the in-memory fakes
 * ({@code InMemoryDatabaseContractTest} runs the same contracts there). One context for all four ports.
 */
class JdbcAdaptersContractIT extends DatabaseIT
        implements ProductsContract, ImagesContract, AuditLogContract, SettingsContract, ProductSearchContract,
        PieceMessagesContract, VisitStatsContract, StockReadsContract, DigestClaimsContract, VisitCountsContract,
        PromotionsContract, ChannelPostsContract, GenerationLogContract {

    @Inject
    Products products;
    @Inject
    Transactions transactions;
    @Inject
    Images images;
    @Inject
    AuditLog auditLog;
    @Inject
    Settings settings;
    @Inject
    ProductSearch productSearch;
    @Inject
    PieceMessages pieceMessages;
    @Inject
    VisitStats visitStats;
    @Inject
    StockReads stockReads;
    @Inject
    StockAlertSilences stockAlertSilences;
    @Inject
    DigestClaims digestClaims;
    @Inject
    VisitCounts visitCounts;
    @Inject
    com.rangoliboutique.application.port.out.Promotions promotions;
    @Inject
    com.rangoliboutique.application.port.out.ChannelPosts channelPosts;

    @Inject
    GenerationLog generationLog;

    @Override
    public GenerationLog generationLog() {
        return generationLog;
    }

    @Override
    public com.rangoliboutique.application.port.out.Promotions promotions() {
        return promotions;
    }

    @Override
    public com.rangoliboutique.application.port.out.ChannelPosts channelPosts() {
        return channelPosts;
    }

    @Override
    public Products products() {
        return products;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Images images() {
        return images;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public ProductSearch productSearch() {
        return productSearch;
    }

    @Override
    public PieceMessages pieceMessages() {
        return pieceMessages;
    }

    /** Rows past {@link PieceMessages#KEPT} are not read, and the next write deletes them. */
    @org.junit.jupiter.api.Test
    void messagesOlderThanNinetyDaysAreForgottenAtTheNextWrite() throws Exception {
        var product = products.add(com.rangoliboutique.domain.product.Product.draft(products.nextDressId(),
                com.rangoliboutique.domain.product.TestProducts.details(), CHAT));
        pieceMessages.remember(CHAT, 1, product.id());
        pieceMessages.remember(CHAT, 2, product.id());
        sql("UPDATE bot_messages SET written_at = now() - interval '91 days' WHERE message_id = 1");

        org.junit.jupiter.api.Assertions.assertTrue(pieceMessages.pieceOf(CHAT, 1).isEmpty(), "too old to be read");
        pieceMessages.remember(CHAT, 3, product.id());

        try (var c = TestInfrastructure.connect();
             var r = c.createStatement().executeQuery("SELECT message_id FROM bot_messages ORDER BY message_id")) {
            java.util.List<Integer> left = new java.util.ArrayList<>();
            while (r.next()) {
                left.add(r.getInt(1));
            }
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(2, 3), left);
        }
    }

    @Override
    public VisitStats visitStats() {
        return visitStats;
    }

    @Override
    public StockReads stockReads() {
        return stockReads;
    }

    @Override
    public StockAlertSilences stockAlertSilences() {
        return stockAlertSilences;
    }

    @Override
    public DigestClaims digestClaims() {
        return digestClaims;
    }

    /** As the web side's counting leaves it: a row of piece_daily_stats (the counting itself is not built here). */
    @Override
    public void recordVisits(long productId, LocalDate day, int views, int taps, int similarTaps) {
        update("INSERT INTO piece_daily_stats (product_id, day, views, taps, similar_taps) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (product_id, day) DO UPDATE SET views = piece_daily_stats.views + EXCLUDED.views,"
                + " taps = piece_daily_stats.taps + EXCLUDED.taps,"
                + " similar_taps = piece_daily_stats.similar_taps + EXCLUDED.similar_taps",
                productId, java.sql.Date.valueOf(day), views, taps, similarTaps);
    }

    @Override
    public void recordCatalogViews(LocalDate day, int views) {
        update("INSERT INTO catalog_daily_stats (day, views) VALUES (?, ?)"
                + " ON CONFLICT (day) DO UPDATE SET views = catalog_daily_stats.views + EXCLUDED.views",
                java.sql.Date.valueOf(day), views);
    }

    @Override
    public void backdate(long productId, Instant createdAt, Instant publishedAt) {
        update("UPDATE products SET created_at = ?, published_at = ? WHERE id = ?", Timestamp.from(createdAt),
                publishedAt == null ? null : Timestamp.from(publishedAt), productId);
    }

    private static void update(String sql, Object... values) {
        try (Connection c = TestInfrastructure.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public VisitCounts visitCounts() {
        return visitCounts;
    }

    @Override
    public long[] storedPiece(DressId dressId, LocalDate day) {
        try (Connection c = TestInfrastructure.connect(); PreparedStatement s = c.prepareStatement("SELECT s.views,"
                + " s.taps, s.similar_taps FROM piece_daily_stats s JOIN products p ON p.id = s.product_id"
                + " WHERE p.dress_id = ? AND s.day = ?")) {
            s.setString(1, dressId.value());
            s.setObject(2, day);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new long[] {r.getLong(1), r.getLong(2), r.getLong(3)} : new long[3];
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long storedCatalogViews(LocalDate day) {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT views FROM catalog_daily_stats WHERE day = ?")) {
            s.setObject(1, day);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
