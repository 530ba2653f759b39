package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.AuditLogContract;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.ImagesContract;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.ProductsContract;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.SettingsContract;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.VisitCounts;
import com.rangoliboutique.application.port.out.VisitCountsContract;
import com.rangoliboutique.domain.product.DressId;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The PostgreSQL adapters keep the promises the use-case tests rely on when they run on the in-memory fakes
 * ({@code InMemoryDatabaseContractTest} runs the same contracts there). One context for all four ports.
 */
class JdbcAdaptersContractIT extends DatabaseIT
        implements ProductsContract, ImagesContract, AuditLogContract, SettingsContract, VisitCountsContract {

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
    VisitCounts visitCounts;

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
