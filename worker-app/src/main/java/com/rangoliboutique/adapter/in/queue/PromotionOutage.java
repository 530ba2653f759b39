package com.rangoliboutique.adapter.in.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The promotion loop's failed rounds while PostgreSQL is away, logged once per outage: a WARN at the first, then
 * nothing while it stays away, and an INFO at the first round that works again (as {@link QueueOutage} does for the
 * Redis queue, in words of its own).
 */
final class PromotionOutage {

    private static final Logger LOG = LoggerFactory.getLogger(PromotionOutage.class);

    private final LongSupplier nanoTime;
    private long since;
    private long unlogged;
    private boolean down;

    PromotionOutage() {
        this(System::nanoTime);
    }

    PromotionOutage(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    synchronized void roundFailed(RuntimeException cause) {
        if (down) {
            unlogged++;
            return;
        }
        down = true;
        since = nanoTime.getAsLong();
        unlogged = 0;
        LOG.warn("the promotion outbox in PostgreSQL is out of reach ({}); channel posts and share cards wait, and"
                + " this is logged again when they go out", cause.toString());
    }

    synchronized void roundWorked() {
        if (!down) {
            return;
        }
        down = false;
        Duration away = Duration.ofNanos(nanoTime.getAsLong() - since);
        LOG.info("the promotion outbox is reachable again after {} s ({} more failed rounds not logged); channel posts"
                + " and share cards go out", String.format(Locale.ROOT, "%.1f", away.toMillis() / 1000.0), unlogged);
    }
}
