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
import jakarta.inject.Inject;

/**
 * The PostgreSQL adapters keep the promises the use-case tests rely on when they run on the in-memory fakes
 * ({@code InMemoryDatabaseContractTest} runs the same contracts there). One context for all four ports.
 */
class JdbcAdaptersContractIT extends DatabaseIT
        implements ProductsContract, ImagesContract, AuditLogContract, SettingsContract {

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
}
