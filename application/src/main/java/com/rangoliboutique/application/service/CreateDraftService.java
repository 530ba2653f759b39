package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CreateDraftUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;

import java.util.Map;

/**
 * Flow A: the photos are stored privately first (under keys of our making), then product, variants, ORIGINAL images,
 * the PENDING AI image and the audit entry go in one transaction, then the AI job is queued. A failed transaction
 * removes the stored photos again; a queue that cannot be reached leaves the draft for the worker's sweep.
 */
public final class CreateDraftService implements CreateDraftUseCase {

    private static final System.Logger LOG = System.getLogger(CreateDraftService.class.getName());

    private final Products products;
    private final Images images;
    private final ImageStore store;
    private final JobQueue queue;
    private final AuditLog auditLog;
    private final Transactions transactions;

    public CreateDraftService(Products products, Images images, ImageStore store, JobQueue queue, AuditLog auditLog,
                              Transactions transactions) {
        this.products = products;
        this.images = images;
        this.store = store;
        this.queue = queue;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @Override
    public DraftCreated create(CreateDraftCommand command) {
        DressId dressId = products.nextDressId();
        Saved saved;
        try {
            for (int n = 1; n <= command.photosJpeg().size(); n++) {
                store.put(ImageKeys.original(dressId, n), command.photosJpeg().get(n - 1), "image/jpeg");
            }
            saved = transactions.inTransaction(() -> save(command, dressId));
        } catch (RuntimeException e) {
            removeStoredPhotos(dressId, e);
            throw e;
        }
        return new DraftCreated(saved.product(), saved.job() != null && JobQueueing.enqueue(queue, saved.job()));
    }

    /** Nothing half-saved: no row points to these photos, so they go too (the sequence number is simply skipped). */
    private void removeStoredPhotos(DressId dressId, RuntimeException cause) {
        try {
            store.deleteAllOf(dressId);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            LOG.log(System.Logger.Level.WARNING, "photos of the failed draft " + dressId + " not all deleted", e);
        }
    }

    private Saved save(CreateDraftCommand command, DressId dressId) {
        Product product = products.add(Product.draft(dressId, command.details(), command.chatId()));
        for (int n = 1; n <= command.photosJpeg().size(); n++) {
            images.add(Image.original(product.id(), n, ImageKeys.original(dressId, n)));
        }
        Image ai = command.aiPhoto() ? images.add(Image.pendingAi(product.id(), 1, ImageKeys.ai(dressId, 1))) : null;
        auditLog.record(AuditEntry.of(command.adminId(), AuditAction.CREATE_DRAFT, product.id(), Map.of(
                "dress_id", dressId.value(), "title", product.title(), "photos", command.photosJpeg().size())));
        return new Saved(product, ai == null ? null
                : new GenerationJob(product.id(), ai.id(), ImageKeys.original(dressId, 1), 1, 1));
    }

    private record Saved(Product product, GenerationJob job) {
    }
}
