package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.in.GenerationJob;

/** The {@code ai-generation} queue between the web app and the worker. */
public interface JobQueue {

    /**
     * Queues the job unless a job with the same {@link GenerationJob#jobId()} is already waiting or running.
     *
     * @throws QueueUnavailableException when the queue cannot be reached; the job is then picked up later by the
     *                                   worker's sweep of pending images
     */
    void enqueue(GenerationJob job);

    final class QueueUnavailableException extends RuntimeException {
        public QueueUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
