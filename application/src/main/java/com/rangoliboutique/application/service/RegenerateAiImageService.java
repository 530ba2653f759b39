package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.in.RegenerateAiImageUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.RateLimits;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.Product;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Spec flow E: the next AI version of a draft, PENDING and queued, in the look the owner chose (Regenerate: studio;
 * Style: another); the owner's hourly limit is kept here, one allowance for both buttons.
 */
public final class RegenerateAiImageService implements RegenerateAiImageUseCase {

    private final Images images;
    private final JobQueue queue;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final RateLimits limits;
    private final int regenerationsPerHour;
    private final Drafts drafts;

    /** @param regenerationsPerHour Regenerate presses allowed per owner per hour (spec: 5) */
    public RegenerateAiImageService(Products products, Images images, JobQueue queue, AuditLog auditLog,
                                    Transactions transactions, RateLimits limits, int regenerationsPerHour) {
        this.images = images;
        this.queue = queue;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.limits = limits;
        this.regenerationsPerHour = regenerationsPerHour;
        this.drafts = new Drafts(products);
    }

    @Override
    public RegenerationStarted regenerate(long adminId, long productId, AiStyle style) {
        java.util.Objects.requireNonNull(style, "style");
        drafts.find(productId).ensureRegenerable(); // a refused status does not use up one of the hour's regenerations
        RateLimits.Decision allowed = limits.tryAcquire("regen:" + adminId, regenerationsPerHour, Duration.ofHours(1));
        if (!allowed.allowed()) {
            throw new TooManyRegenerations(regenerationsPerHour, allowed.retryAfter());
        }
        Regenerated regenerated = transactions.inTransaction(() -> {
            Product draft = drafts.lock(productId);
            draft.ensureRegenerable();
            List<Image> all = images.ofProduct(productId);
            int next = all.stream().filter(i -> i.type() == ImageType.AI_GENERATED)
                    .mapToInt(Image::version).max().orElse(0) + 1;
            String originalKey = all.stream().filter(i -> i.type() == ImageType.ORIGINAL)
                    .min(Comparator.comparingInt(Image::version)).map(Image::storageKey)
                    .orElse(ImageKeys.original(draft.dressId(), 1));
            Image ai = images.add(Image.pendingAi(productId, next, ImageKeys.ai(draft.dressId(), next), style));
            auditLog.record(AuditEntry.of(adminId, AuditAction.REGENERATE_AI, productId,
                    Map.of("new_version", next, "style", style.name())));
            return new Regenerated(draft, next, new GenerationJob(productId, ai.id(), originalKey, next, 1, style));
        });
        boolean queued = JobQueueing.enqueue(queue, regenerated.job());
        return new RegenerationStarted(regenerated.product(), regenerated.version(), style, queued);
    }

    private record Regenerated(Product product, int version, GenerationJob job) {
    }
}
