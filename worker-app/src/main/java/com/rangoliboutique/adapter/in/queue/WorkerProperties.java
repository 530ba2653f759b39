package com.rangoliboutique.adapter.in.queue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * How the worker runs (README "Configuration"), bound by Micronaut from {@code worker.*}; a value of the wrong type
 * stops the process at start naming its variable and what it expects, and so do the checks here.
 *
 * @param concurrency   jobs generated at once ({@code WORKER_CONCURRENCY}, 1–64)
 * @param retryDelays   the waits before each retry ({@code WORKER_RETRY_DELAYS}, e.g. {@code 30s,2m,5m}; their count
 *                      is the number of retries; empty = none)
 * @param orphanAfter   how long a PENDING image may go without a live job before the sweep queues it again
 * @param sweepEvery    how often the sweep looks for such images
 * @param progressEvery how often the owner's "sending photo…" indicator is renewed while generating
 * @param shutdownGrace how long a SIGTERM waits for running jobs before giving them back to the queue
 */
@ConfigurationProperties("worker")
public record WorkerProperties(
        @Bindable(defaultValue = "2") int concurrency,
        @Bindable(defaultValue = "30s,120s,300s") List<Duration> retryDelays,
        @Bindable(defaultValue = "5m") Duration orphanAfter,
        @Bindable(defaultValue = "60s") Duration sweepEvery,
        @Bindable(defaultValue = "4s") Duration progressEvery,
        @Bindable(defaultValue = "20s") Duration shutdownGrace) {

    public static final int MAX_CONCURRENCY = 64;

    public WorkerProperties {
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("WORKER_CONCURRENCY: \"" + concurrency + "\" is out of range, use a"
                    + " whole number from 1 to " + MAX_CONCURRENCY);
        }
        retryDelays = retryDelays == null ? List.of() : List.copyOf(retryDelays);
        for (Duration delay : retryDelays) {
            positive("WORKER_RETRY_DELAYS", delay, "30s,2m,5m");
        }
        positive("WORKER_ORPHAN_AFTER", orphanAfter, "5m");
        positive("WORKER_SWEEP_EVERY", sweepEvery, "60s");
        positive("WORKER_PROGRESS_EVERY", progressEvery, "4s");
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("WORKER_SHUTDOWN_GRACE: must not be negative, use e.g. 20s");
        }
    }

    private static void positive(String variable, Duration value, String example) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(variable + ": \"" + value + "\" must be longer than nothing, use e.g. "
                    + example);
        }
    }
}
