package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.JobQueue;

/** Queues a job; an unreachable queue is not an error for the owner — the worker's sweep picks the image up. */
final class JobQueueing {

    private static final System.Logger LOG = System.getLogger(JobQueueing.class.getName());

    private JobQueueing() {
    }

    /** @return false when the queue could not be reached (the draft stays, its job is recovered later) */
    static boolean enqueue(JobQueue queue, GenerationJob job) {
        try {
            queue.enqueue(job);
            return true;
        } catch (JobQueue.QueueUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} not queued ({1}); the sweep will queue it", job.jobId(),
                    e.getMessage());
            return false;
        }
    }
}
