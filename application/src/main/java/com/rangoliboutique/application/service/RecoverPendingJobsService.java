package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.RecoverPendingJobsUseCase;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageType;

import java.time.Clock;
import java.time.Duration;

public final class RecoverPendingJobsService implements RecoverPendingJobsUseCase {

    private static final System.Logger LOG = System.getLogger(RecoverPendingJobsService.class.getName());

    private final Images images;
    private final JobQueue queue;
    private final JobInbox inbox;
    private final Clock clock;
    private final Duration orphanAfter;

    /** @param orphanAfter how long a PENDING image may go without a live job before it is queued again */
    public RecoverPendingJobsService(Images images, JobQueue queue, JobInbox inbox, Clock clock, Duration orphanAfter) {
        this.images = images;
        this.queue = queue;
        this.inbox = inbox;
        this.clock = clock;
        this.orphanAfter = orphanAfter;
    }

    @Override
    public int requeueOrphans(java.util.function.LongPredicate runningHere) {
        int requeued = 0;
        for (Image pending : images.pendingAiCreatedBefore(clock.instant().minus(orphanAfter))) {
            if (runningHere.test(pending.id()) || inbox.isLive(pending.id())) {
                continue;
            }
            String originalKey = images.ofProduct(pending.productId()).stream()
                    .filter(i -> i.type() == ImageType.ORIGINAL)
                    .map(Image::storageKey)
                    .findFirst()
                    .orElse(null);
            if (originalKey == null) {
                continue; // nothing to generate from; the draft is broken beyond what a retry fixes
            }
            queue.enqueue(new GenerationJob(pending.productId(), pending.id(), originalKey, pending.version(), 1,
                    pending.style()));
            LOG.log(System.Logger.Level.INFO, "re-queued the orphaned AI job for image {0} (v{1})", pending.id(), pending.version());
            requeued++;
        }
        return requeued;
    }
}
