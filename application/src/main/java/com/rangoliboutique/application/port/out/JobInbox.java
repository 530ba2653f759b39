package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.in.GenerationJob;

import java.time.Duration;
import java.util.Optional;

/**
 * The worker's side of the {@code ai-generation} queue: at-least-once delivery. A taken job stays owned by this
 * worker until it is completed, retried later or given back; if the worker dies, the job is delivered again after
 * the visibility timeout.
 */
public interface JobInbox {

    /** The next job (a new one, or one a dead worker left behind), waiting up to {@code wait} for one. */
    Optional<Delivery> take(Duration wait);

    /** The job is finished (done, skipped or failed for good): it leaves the queue and its id may be used again. */
    void complete(Delivery delivery);

    /** The attempt failed; {@code next} is queued again once {@code delay} has passed. */
    void retryLater(Delivery delivery, GenerationJob next, Duration delay);

    /** The worker is stopping before finishing: the job goes back to the queue at once. */
    void giveBack(Delivery delivery);

    /** Queues the retries whose time has come; returns how many. */
    int promoteDueRetries();

    /** True while a job for this image is queued, scheduled for a retry or running. */
    boolean isLive(long imageId);

    /** Jobs waiting (queued now plus scheduled retries). */
    long depth();

    record Delivery(String id, GenerationJob job) {
    }
}
