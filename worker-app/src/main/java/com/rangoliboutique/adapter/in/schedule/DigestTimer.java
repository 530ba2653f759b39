package com.rangoliboutique.adapter.in.schedule;

import com.rangoliboutique.application.port.in.DailyDigestUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks every {@code tickEvery} (a minute) whether the morning digest is due; the use case claims the day, so every
 * worker may tick. Made at start ({@link Context}), so a malformed {@code DIGEST_TIME} stops the worker there; off with
 * the rest of the worker's work ({@code worker.enabled=false}, a settings-only context).
 */
@Context
@Requires(property = "worker.enabled", notEquals = "false")
public class DigestTimer {

    private static final Logger LOG = LoggerFactory.getLogger(DigestTimer.class);

    private final DailyDigestUseCase digest;
    private final DigestProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "digest-timer");
        thread.setDaemon(true);
        return thread;
    });

    DigestTimer(DailyDigestUseCase digest, DigestProperties properties) {
        this.digest = digest;
        this.properties = properties;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (properties.at().isEmpty()) {
            LOG.info("the morning digest is off (DIGEST_TIME=off)");
            return;
        }
        LOG.info("the morning digest goes out from {} {} (DIGEST_TIME, SHOP_TIME_ZONE)", properties.at().get(),
                properties.zone());
        long every = properties.tickEvery().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            DailyDigestUseCase.Outcome outcome = digest.sendIfDue();
            LOG.debug("digest tick: {}", outcome);
        } catch (RuntimeException e) {   // the database away, say: the next tick tries again
            LOG.warn("digest tick failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
