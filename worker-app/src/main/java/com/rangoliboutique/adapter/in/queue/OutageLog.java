package com.rangoliboutique.adapter.in.queue;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Failures of a loop that retries on its own, told once per outage: {@link #wentAway} at the first failure, nothing
 * while the failures go on, {@link #cameBack} at the first success, with how long it took and how many failures were
 * not told. The subclasses word it in their own logger ({@link QueueOutage}, {@link PromotionOutage}). Thread-safe.
 */
abstract class OutageLog {

    private final LongSupplier nanoTime;
    private long since;
    private long unlogged;
    private boolean down;

    OutageLog(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The first failure of an outage. */
    abstract void wentAway(RuntimeException cause);

    /** The first success after an outage of {@code away}, with {@code unlogged} failures after the first. */
    abstract void cameBack(Duration away, long unlogged);

    final synchronized void failed(RuntimeException cause) {
        if (down) {
            unlogged++;
            return;
        }
        down = true;
        since = nanoTime.getAsLong();
        unlogged = 0;
        wentAway(cause);
    }

    final synchronized void worked() {
        if (!down) {
            return;
        }
        down = false;
        cameBack(Duration.ofNanos(nanoTime.getAsLong() - since), unlogged);
    }

    static String seconds(Duration away) {
        return String.format(java.util.Locale.ROOT, "%.1f", away.toMillis() / 1000.0);
    }
}
