package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class AuditLogJdbcAdapter implements AuditLog {

    private final AuditLogRowRepository entries;
    private final JsonColumns json;

    AuditLogJdbcAdapter(AuditLogRowRepository entries, JsonColumns json) {
        this.entries = entries;
        this.json = json;
    }

    @Override
    public void record(AuditEntry entry) {
        entries.save(new AuditLogRow(null, entry.adminId(), entry.action().name(), entry.productId(),
                json.write(entry.payload()), null));
    }

    @Override
    public List<AuditEntry> ofProduct(long productId) {
        return entries.findByProductIdOrderByIdAsc(productId).stream().map(this::toEntry).toList();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return entries.latest(limit).stream().map(this::toEntry).toList();
    }

    private AuditEntry toEntry(AuditLogRow row) {
        return new AuditEntry(row.adminId(), AuditAction.valueOf(row.action()), row.productId(),
                json.object(row.payload()), row.createdAt());
    }
}
