package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ChannelPosts;
import com.rangoliboutique.application.port.out.ChannelPostsContract;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.PromotionsContract;
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
import com.rangoliboutique.application.port.out.StockAlertSilences;
import com.rangoliboutique.application.port.out.StockReads;
import com.rangoliboutique.application.port.out.StockReadsContract;
import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.application.port.out.VisitStatsContract;
import com.rangoliboutique.application.port.out.VisitCounts;
import com.rangoliboutique.application.port.out.VisitCountsContract;
import com.rangoliboutique.domain.product.DressId;

import java.time.Instant;
import java.time.LocalDate;

/** The fakes the use-case tests run on keep the same promises as the PostgreSQL adapters ({@code JdbcAdaptersContractIT}). */
class InMemoryDatabaseContractTest implements ProductsContract, ImagesContract, AuditLogContract, SettingsContract,
        ProductSearchContract, PieceMessagesContract, VisitStatsContract, StockReadsContract, DigestClaimsContract,
        VisitCountsContract, PromotionsContract, ChannelPostsContract, GenerationLogContract {

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryVisitCounts visitCounts = new InMemoryVisitCounts(db.products());

    @Override
    public Products products() {
        return db.products();
    }

    @Override
    public Transactions transactions() {
        return db.transactions();
    }

    @Override
    public Images images() {
        return db.images();
    }

    @Override
    public AuditLog auditLog() {
        return db.auditLog();
    }

    @Override
    public Settings settings() {
        return db.settings();
    }

    @Override
    public ProductSearch productSearch() {
        return db.productSearch();
    }

    @Override
    public PieceMessages pieceMessages() {
        return db.pieceMessages();
    }

    @Override
    public VisitStats visitStats() {
        return db.visitStats();
    }

    @Override
    public StockReads stockReads() {
        return db.stockReads();
    }

    @Override
    public StockAlertSilences stockAlertSilences() {
        return db.stockAlertSilences();
    }

    @Override
    public DigestClaims digestClaims() {
        return db.digestClaims();
    }

    @Override
    public void recordVisits(long productId, LocalDate day, int views, int taps, int similarTaps) {
        db.recordVisits(productId, day, views, taps, similarTaps);
    }

    @Override
    public void recordCatalogViews(LocalDate day, int views) {
        db.recordCatalogViews(day, views);
    }

    @Override
    public void backdate(long productId, Instant createdAt, Instant publishedAt) {
        db.backdate(productId, createdAt, publishedAt);
    }

    @Override
    public VisitCounts visitCounts() {
        return visitCounts;
    }

    @Override
    public long[] storedPiece(DressId dressId, LocalDate day) {
        return visitCounts.piece(dressId, day);
    }

    @Override
    public long storedCatalogViews(LocalDate day) {
        return visitCounts.catalogViews(day);
    }

    @Override
    public Promotions promotions() {
        return db.promotions();
    }

    @Override
    public ChannelPosts channelPosts() {
        return db.channelPosts();
    }

    @Override
    public GenerationLog generationLog() {
        return db.generationLog();
    }
}
