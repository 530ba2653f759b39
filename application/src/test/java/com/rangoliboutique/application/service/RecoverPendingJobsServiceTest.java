package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.DraftCreated;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.InMemoryJobQueue;
import com.rangoliboutique.application.port.out.inmemory.MutableClock;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RecoverPendingJobsServiceTest {

    private static final Duration ORPHAN_AFTER = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final InMemoryDatabase db = new InMemoryDatabase(clock);
    private final InMemoryJobQueue queue = new InMemoryJobQueue(clock);
    private final RecoverPendingJobsService service =
            new RecoverPendingJobsService(db.images(), queue, queue, clock, ORPHAN_AFTER);

    private Product aDraft() {
        return db.products().add(Product.draft(db.products().nextDressId(), TestProducts.details(), 1L));
    }

    private Image original(Product product) {
        return db.images().add(Image.original(product.id(), 1, ImageKeys.original(product.dressId(), 1)));
    }

    private Image pendingAi(Product product, int version) {
        return db.images().add(Image.pendingAi(product.id(), version, ImageKeys.ai(product.dressId(), version)));
    }

    @Test
    void aPendingImageWithNoJobPastTheGraceIsQueuedAgainFromItsOriginal() {
        Product draft = aDraft();
        Image original = original(draft);
        Image pending = pendingAi(draft, 2);
        clock.advance(ORPHAN_AFTER.plusSeconds(1));

        assertEquals(1, service.requeueOrphans());

        assertEquals(List.of(new GenerationJob(draft.id(), pending.id(), original.storageKey(), 2, 1)),
                queue.waiting());
    }

    @Test
    void anImageThisWorkerIsGeneratingIsNotQueuedAgainEvenWithoutItsLiveMarker() {
        Product draft = aDraft();
        original(draft);
        Image running = pendingAi(draft, 1);
        clock.advance(ORPHAN_AFTER.plusSeconds(1));

        // Redis came back empty mid-generation: no live marker, but this worker is still at it
        assertEquals(0, service.requeueOrphans(imageId -> imageId == running.id()));
        assertEquals(List.of(), queue.waiting());
    }

    @Test
    void aPendingImageStillWithinTheGraceIsLeftAlone() {
        Product draft = aDraft();
        original(draft);
        pendingAi(draft, 1);
        clock.advance(ORPHAN_AFTER.minusSeconds(1));

        assertEquals(0, service.requeueOrphans());
        assertEquals(List.of(), queue.waiting());
    }

    @Test
    void aPendingImageWhoseJobIsWaitingOrRunningIsNotQueuedTwice() {
        Product waitingDraft = aDraft();
        Image waitingOriginal = original(waitingDraft);
        Image waiting = pendingAi(waitingDraft, 1);
        Product runningDraft = aDraft();
        Image runningOriginal = original(runningDraft);
        Image running = pendingAi(runningDraft, 1);
        queue.enqueue(new GenerationJob(runningDraft.id(), running.id(), runningOriginal.storageKey(), 1, 1));
        queue.take(Duration.ZERO);
        queue.enqueue(new GenerationJob(waitingDraft.id(), waiting.id(), waitingOriginal.storageKey(), 1, 1));
        clock.advance(ORPHAN_AFTER.multipliedBy(3));

        assertEquals(0, service.requeueOrphans());
        assertEquals(1, queue.waiting().size());
    }

    @Test
    void aSecondSweepFindsTheJobTheFirstQueuedLive() {
        Product draft = aDraft();
        original(draft);
        pendingAi(draft, 1);
        clock.advance(ORPHAN_AFTER.multipliedBy(2));

        assertEquals(1, service.requeueOrphans());
        assertEquals(0, service.requeueOrphans());
        assertEquals(1, queue.everEnqueued().size());
    }

    @Test
    void thePendingImageOfAProductPublishedMeanwhileIsLeft() {
        Product product = aDraft();
        original(product);
        pendingAi(product, 1);
        product.publishOriginalOnly();
        db.products().update(product);
        clock.advance(ORPHAN_AFTER.multipliedBy(2));

        assertEquals(0, service.requeueOrphans());
    }

    @Test
    void aPendingImageWithoutAnOriginalIsSkippedAndTheOthersStillQueued() {
        Product broken = aDraft();
        pendingAi(broken, 1);
        Product fine = aDraft();
        original(fine);
        Image pending = pendingAi(fine, 1);
        clock.advance(ORPHAN_AFTER.multipliedBy(2));

        assertEquals(1, service.requeueOrphans());
        assertEquals(List.of(pending.id()), queue.waiting().stream().map(GenerationJob::imageId).toList());
    }

    @Test
    void aDraftWhoseJobNeverReachedTheQueueIsQueuedByTheSweepOnceTheQueueIsBack() {
        CreateDraftService createDraft = new CreateDraftService(db.products(), db.images(), new InMemoryImageStore(),
                queue, db.auditLog(), db.transactions());
        queue.unreachable();
        DraftCreated created = createDraft.create(new CreateDraftCommand(42L, 1L, TestProducts.details(),
                List.of(new byte[]{1, 2, 3})));
        assertFalse(created.queued());
        queue.reachable();
        clock.advance(ORPHAN_AFTER.plusMinutes(1));

        assertEquals(1, service.requeueOrphans());

        GenerationJob job = queue.waiting().get(0);
        assertEquals(created.product().id(), job.productId());
        assertEquals(ImageKeys.original(created.product().dressId(), 1), job.originalImageKey());
    }
}
