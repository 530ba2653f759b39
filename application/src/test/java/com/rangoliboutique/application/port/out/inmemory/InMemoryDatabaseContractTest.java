package com.rangoliboutique.application.port.out.inmemory;

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

import java.time.LocalDate;

/** The fakes the use-case tests run on keep the same promises as the PostgreSQL adapters ({@code JdbcAdaptersContractIT}). */
class InMemoryDatabaseContractTest implements ProductsContract, ImagesContract, AuditLogContract, SettingsContract,
        VisitCountsContract {

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
}
