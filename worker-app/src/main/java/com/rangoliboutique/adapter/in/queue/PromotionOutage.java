package com.rangoliboutique.adapter.in.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The promotion loop's failed rounds while PostgreSQL is away, logged once per outage: a WARN at the first, then
 * nothing while it stays away, and an INFO at the first round that works again (as {@link QueueOutage} does for the
 * Redis queue, in words of its own).
 */
final class PromotionOutage extends OutageLog {

    private static final Logger LOG = LoggerFactory.getLogger(PromotionOutage.class);

    PromotionOutage() {
        this(System::nanoTime);
    }

    PromotionOutage(LongSupplier nanoTime) {
        super(nanoTime);
    }

    @Override
    void wentAway(RuntimeException cause) {
        LOG.warn("the promotion outbox in PostgreSQL is out of reach ({}); channel posts and share cards wait, and"
                + " this is logged again when they go out", cause.toString());
    }

    @Override
    void cameBack(Duration away, long unlogged) {
        LOG.info("the promotion outbox is reachable again after {} s ({} more failed rounds not logged); channel posts"
                + " and share cards go out", seconds(away), unlogged);
    }
}
