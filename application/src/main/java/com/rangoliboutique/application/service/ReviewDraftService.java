package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ReviewDraftUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.RateLimits;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Spec flows C (approve), D (publish original only), E (regenerate) and discard. */
public final class ReviewDraftService implements ReviewDraftUseCase {

    private static final System.Logger LOG = System.getLogger(ReviewDraftService.class.getName());

    /** The widths of the resized public copies of each published image (the catalog's {@code srcset}). */
    public static final List<Integer> RENDITION_WIDTHS = List.of(400, 800, 1200);

    private final Products products;
    private final Images images;
    private final ImageStore store;
    private final ImageResizer resizer;
    private final JobQueue queue;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final RateLimits limits;
    private final int regenerationsPerHour;

    /** @param regenerationsPerHour Regenerate presses allowed per owner per hour (spec: 5) */
    public ReviewDraftService(Products products, Images images, ImageStore store, ImageResizer resizer, JobQueue queue,
                              AuditLog auditLog, Transactions transactions, RateLimits limits,
                              int regenerationsPerHour) {
        this.limits = limits;
        this.regenerationsPerHour = regenerationsPerHour;
        this.products = products;
        this.images = images;
        this.store = store;
        this.resizer = resizer;
        this.queue = queue;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @Override
    public Check check(long productId, ProductAction action) {
        Optional<Product> found = products.byId(productId);
        if (found.isEmpty()) {
            return new Check.Gone(products.idEverIssued(productId));
        }
        Product product = found.get();
        Optional<String> refusal = action == null ? Optional.empty()
                : product.status().refusalOf(action, product.dressId());
        return refusal.<Check>map(reason -> new Check.Refused(product, reason))
                .orElseGet(() -> new Check.Allowed(product));
    }

    @Override
    public Product approve(long adminId, long productId) {
        return publish(adminId, productId, true);
    }

    @Override
    public Product publishOriginalOnly(long adminId, long productId) {
        return publish(adminId, productId, false);
    }

    /**
     * The public copies and their resized copies are made before the transaction (a refused or failed publish leaves
     * only harmless copies no row points to); the statuses, URLs, renditions and audit entry change together.
     */
    private Product publish(long adminId, long productId, boolean withAi) {
        Product draft = draft(productId);
        if (withAi) {
            draft.publish(); // checks the move before anything is copied
        } else {
            draft.publishOriginalOnly();
        }
        List<Image> all = images.ofProduct(productId);
        Optional<Image> ai = withAi ? all.stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.status() == ImageStatus.READY)
                .max(Comparator.comparingInt(Image::version)) : Optional.empty();
        List<Image> toPublish = new ArrayList<>(all.stream().filter(i -> i.type() == ImageType.ORIGINAL).toList());
        ai.ifPresent(toPublish::add);
        Map<Image, String> urls = new HashMap<>();
        Map<Image, List<Rendition>> renditions = new HashMap<>();
        for (Image image : toPublish) {
            urls.put(image, store.publish(image.storageKey()));
            renditions.put(image, publicRenditions(image));
        }
        return transactions.inTransaction(() -> {
            Product current = lockedDraft(productId);
            if (withAi) {
                current.publish();
            } else {
                current.publishOriginalOnly();
            }
            urls.forEach((image, url) -> {
                image.publishedAt(url);
                images.update(image);
                images.addRenditions(image.id(), renditions.get(image));
            });
            products.update(current);
            Map<String, Object> payload = new HashMap<>();
            payload.put("ai_version", ai.map(Image::version).orElse(null));
            auditLog.record(AuditEntry.of(adminId, withAi ? AuditAction.PUBLISH : AuditAction.PUBLISH_ORIGINAL_ONLY,
                    productId, withAi ? payload : Map.of()));
            return current;
        });
    }

    /**
     * Stores the resized copies of a published image on the public side. A picture that cannot be resized (damaged
     * bytes) is still published, without copies: the catalog then shows the full-size picture. Storage failures are
     * not forgiven: the publish fails as a failed {@link ImageStore#publish} would, and the owner can press again.
     */
    private List<Rendition> publicRenditions(Image image) {
        byte[] bytes = store.get(image.storageKey());
        List<ImageResizer.Resized> copies;
        try {
            copies = resizer.resize(bytes, RENDITION_WIDTHS);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "No resized copies of " + image.storageKey()
                    + ": it could not be resized, the catalog shows the full-size picture", e);
            return List.of();
        }
        List<Rendition> stored = new ArrayList<>();
        for (ImageResizer.Resized copy : copies) {
            String key = ImageKeys.rendition(image.storageKey(), copy.width());
            String url = store.putPublic(key, copy.jpeg(), "image/jpeg");
            stored.add(new Rendition(copy.width(), copy.height(), key, url, copy.jpeg().length));
        }
        return stored;
    }

    @Override
    public RegenerationStarted regenerate(long adminId, long productId) {
        draft(productId).ensureRegenerable(); // a refused status does not use up one of the hour's regenerations
        RateLimits.Decision allowed = limits.tryAcquire("regen:" + adminId, regenerationsPerHour, Duration.ofHours(1));
        if (!allowed.allowed()) {
            throw new TooManyRegenerations(regenerationsPerHour, allowed.retryAfter());
        }
        Regenerated regenerated = transactions.inTransaction(() -> {
            Product draft = lockedDraft(productId);
            draft.ensureRegenerable();
            List<Image> all = images.ofProduct(productId);
            int next = all.stream().filter(i -> i.type() == ImageType.AI_GENERATED)
                    .mapToInt(Image::version).max().orElse(0) + 1;
            String originalKey = all.stream().filter(i -> i.type() == ImageType.ORIGINAL)
                    .min(Comparator.comparingInt(Image::version)).map(Image::storageKey)
                    .orElse(ImageKeys.original(draft.dressId(), 1));
            Image ai = images.add(Image.pendingAi(productId, next, ImageKeys.ai(draft.dressId(), next)));
            auditLog.record(AuditEntry.of(adminId, AuditAction.REGENERATE_AI, productId, Map.of("new_version", next)));
            return new Regenerated(draft, next, new GenerationJob(productId, ai.id(), originalKey, next, 1));
        });
        boolean queued = JobQueueing.enqueue(queue, regenerated.job());
        return new RegenerationStarted(regenerated.product(), regenerated.version(), queued);
    }

    private record Regenerated(Product product, int version, GenerationJob job) {
    }

    @Override
    public DressId discard(long adminId, long productId) {
        Product draft = transactions.inTransaction(() -> {
            Product current = lockedDraft(productId);
            current.ensureDiscardable();
            // written before the delete: the entry keeps the id until ON DELETE SET NULL clears it
            auditLog.record(AuditEntry.of(adminId, AuditAction.DISCARD, productId,
                    Map.of("dress_id", current.dressId().value(), "title", current.title())));
            products.delete(productId);
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

    /** Inside a transaction: the product's row stays locked until it ends. */
    private Product lockedDraft(long productId) {
        return products.byIdForUpdate(productId).orElseThrow(() -> unknown(productId));
    }

    private Product draft(long productId) {
        return products.byId(productId).orElseThrow(() -> unknown(productId));
    }

    private static InvalidValueException unknown(long productId) {
        return new InvalidValueException("There is no product with id " + productId + " — it may have been discarded.");
    }
}
