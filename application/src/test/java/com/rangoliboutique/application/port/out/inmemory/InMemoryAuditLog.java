package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.domain.audit.AuditEntry;

import java.util.Comparator;
import java.util.List;

/** {@link AuditLog} in an {@link InMemoryDatabase}. */
public final class InMemoryAuditLog implements AuditLog {

    private final InMemoryDatabase db;

    InMemoryAuditLog(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void record(AuditEntry entry) {
        db.write(() -> {
            long id = db.auditIds.incrementAndGet();
            if (entry.productId() != null && !((InMemoryProducts) db.products()).exists(entry.productId())) {
                throw new IllegalStateException("foreign key: no product " + entry.productId() + " for " + entry);
            }
            db.tables.audit.add(new InMemoryDatabase.AuditLogRow(id, new AuditEntry(entry.adminId(), entry.action(),
                    entry.productId(), entry.payload(), db.clock.instant())));
        });
    }

    @Override
    public List<AuditEntry> ofProduct(long productId) {
        return db.read(() -> db.tables.audit.stream()
                .filter(row -> row.entry().productId() != null && row.entry().productId() == productId)
                .map(InMemoryDatabase.AuditLogRow::entry)
                .toList());
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return db.read(() -> db.tables.audit.stream()
                .sorted(Comparator.comparingLong(InMemoryDatabase.AuditLogRow::id).reversed())
                .limit(limit)
                .map(InMemoryDatabase.AuditLogRow::entry)
                .toList());
    }
}
