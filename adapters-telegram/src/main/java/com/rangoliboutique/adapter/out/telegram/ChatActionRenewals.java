package com.rangoliboutique.adapter.out.telegram;

import com.rangoliboutique.application.port.out.AdminNotifier.Working;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends a chat action now and again every {@link ProgressRenewal#every()} until the returned {@link Working} is
 * closed, on one daemon thread started at the first use. A chat action that does not get through is logged, never
 * thrown: it only decorates the work.
 */
final class ChatActionRenewals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChatActionRenewals.class);

    private final ProgressRenewal renewal;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "telegram-progress");
        thread.setDaemon(true);
        return thread;
    });

    ChatActionRenewals(ProgressRenewal renewal) {
        this.renewal = renewal;
    }

    Working keepSending(Runnable chatAction) {
        ScheduledFuture<?> renewals = timer.scheduleAtFixedRate(() -> {
            try {
                chatAction.run();
            } catch (RuntimeException e) {
                LOG.debug("progress indicator not shown: {}", e.toString());
            }
        }, 0, renewal.every().toMillis(), TimeUnit.MILLISECONDS);
        return () -> renewals.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
