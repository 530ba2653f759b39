package com.rangoliboutique.application.port.in;

/**
 * Nothing is lost when Redis was down at enqueue time or lost its data: AI images left PENDING with no live job are
 * queued again.
 */
public interface RecoverPendingJobsUseCase {

    /** @return how many jobs were queued again */
    default int requeueOrphans() {
        return requeueOrphans(imageId -> false);
    }

    /**
     * @param runningHere the images this process is generating right now: never queued again, even when Redis lost
     *                    their live markers and locks (it came back empty mid-generation)
     * @return how many jobs were queued again
     */
    int requeueOrphans(java.util.function.LongPredicate runningHere);
}
