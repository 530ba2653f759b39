package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.DiscardDraftUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;

import java.util.Map;

/** A draft deleted with its rows (one transaction) and then its stored photos. */
public final class DiscardDraftService implements DiscardDraftUseCase {

    private static final System.Logger LOG = System.getLogger(DiscardDraftService.class.getName());

    private final Products products;
    private final ImageStore store;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Drafts drafts;
    private final Promotions promotions;

    public DiscardDraftService(Products products, ImageStore store, AuditLog auditLog, Transactions transactions,
                               Promotions promotions) {
        this.products = products;
        this.store = store;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.drafts = new Drafts(products);
        this.promotions = promotions;
    }

    @Override
    public DressId discard(long adminId, long productId) {
        Product draft = transactions.inTransaction(() -> {
            Product current = drafts.lock(productId);
            current.ensureDiscardable();
            // written before the delete: the entry keeps the id until ON DELETE SET NULL clears it
            auditLog.record(AuditEntry.of(adminId, AuditAction.DISCARD, productId,
                    Map.of("dress_id", current.dressId().value(), "title", current.title())));
            products.delete(productId);
            promotions.pieceChanged(productId); // a post of it (hidden before) goes too
            return current;
        });
        try {
            store.deleteAllOf(draft.dressId());
        } catch (RuntimeException e) {
            // the rows are gone; what is left in storage is private and harmless
            LOG.log(System.Logger.Level.WARNING, "stored objects of " + draft.dressId() + " not all deleted", e);
        }
        return draft.dressId();
    }
}
