package com.rangoliboutique.application.port.in;

/**
 * Nothing is lost when Redis was down at enqueue time or lost its data: AI images left PENDING with no live job are
 * queued again.
 */
public interface RecoverPendingJobsUseCase {

    /** @return how many jobs were queued again */
    int requeueOrphans();
}
