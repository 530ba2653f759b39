package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.AuditLogContract;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.ImagesContract;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.PieceMessagesContract;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.application.port.out.ProductSearchContract;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.ProductsContract;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.SettingsContract;
import com.rangoliboutique.application.port.out.Transactions;

/** The fakes the use-case tests run on keep the same promises as the PostgreSQL adapters ({@code JdbcAdaptersContractIT}). */
class InMemoryDatabaseContractTest implements ProductsContract, ImagesContract, AuditLogContract, SettingsContract,
        ProductSearchContract, PieceMessagesContract {

    private final InMemoryDatabase db = new InMemoryDatabase();

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
}
