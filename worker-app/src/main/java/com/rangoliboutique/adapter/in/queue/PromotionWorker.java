package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.application.port.in.HandlePromotionsUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The promotion outbox's loop: one thread handles the due rows (channel posts, share cards), round after round while
 * some are due, and looks again every {@code promotion.poll-every} while none are. Several workers may run it: each
 * row is claimed by one (PostgreSQL's row locks). A round the database refuses is logged once per outage
 * ({@link PromotionOutage}). On shutdown the round under way finishes (a claimed row left unfinished is taken again
 * by a later claim once its lease runs out).
 */
@Context
@Requires(property = "worker.enabled", notEquals = "false")
class PromotionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PromotionWorker.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final HandlePromotionsUseCase promotions;
    private final Duration pollEvery;
    private final PromotionOutage outage = new PromotionOutage();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ExecutorService loop = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "promotion-worker");
        thread.setDaemon(false);
        return thread;
    });

    PromotionWorker(HandlePromotionsUseCase promotions, PromotionProperties settings) {
        this.promotions = promotions;
        this.pollEvery = settings.pollEvery();
    }

    @EventListener
    void onStartup(StartupEvent started) {
        loop.execute(this::run);
        LOG.info("Promotion outbox: channel posts and share cards are handled here, looked for every {} ms",
                pollEvery.toMillis());
    }

    private void run() {
        while (stopped.getCount() > 0) {
            int handled;
            try {
                handled = promotions.handleDue();
                outage.worked();
            } catch (RuntimeException e) {
                if (stopped.getCount() == 0) {
                    return;
                }
                outage.failed(e);
                handled = 0;
            }
            if (handled == 0 && pause()) {
                return;
            }
        }
    }

    /** @return true when the worker is stopping */
    private boolean pause() {
        try {
            return stopped.await(pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopped.countDown();
        loop.shutdown();
        if (!loop.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("the promotion loop did not finish its round within {} s; its rows are taken again later",
                    STOP_WAIT.toSeconds());
            loop.shutdownNow();
        }
    }
}
