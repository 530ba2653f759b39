package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.audit.AuditEntry;

import java.util.List;

/** Append-only record of what the owners did. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Entries about one product, oldest first. */
    List<AuditEntry> ofProduct(long productId);

    /** The newest entries first, at most {@code limit}. */
    List<AuditEntry> latest(int limit);
}
