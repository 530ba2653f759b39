package com.rangoliboutique.app.web;

import com.rangoliboutique.application.port.in.FlushVisitCountsUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes this process's visit counts every {@code STATS_FLUSH_EVERY} (5 s), and once more on a graceful shutdown —
 * after the last requests, before the database pool closes (it depends on the pool through the use case). A crash
 * loses at most the counts of one interval.
 */
@Context
@Requires(property = "stats.enabled", notEquals = "false")
@Requires(property = "datasources.default.enabled", notEquals = "false") // not in set-webhook, which has no database
class VisitCountsFlusher {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VisitCountsFlusher.class);

    private final FlushVisitCountsUseCase flush;
    private final ScheduledExecutorService timer;

    VisitCountsFlusher(FlushVisitCountsUseCase flush, StatsProperties properties) {
        this.flush = flush;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "visit-counts-flush");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.flushEvery().toMillis();
        timer.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void flushQuietly() {
        try {
            flush.flush();
        } catch (RuntimeException e) { // the service keeps the counts; the timer must go on
            LOG.error("visit counts flush failed", e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        flushQuietly();
    }
}
