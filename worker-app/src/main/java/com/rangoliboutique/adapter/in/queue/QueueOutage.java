package com.rangoliboutique.adapter.in.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The consumers' failed reads of the queue, logged once per outage: a WARN at the first failure, then nothing while
 * Redis stays away (every consumer retries each second), and an INFO at the first read that works again, saying how
 * long the queue was unreadable and how many failed reads were not logged. Shared by every consumer; thread-safe.
 */
final class QueueOutage {

    private static final Logger LOG = LoggerFactory.getLogger(QueueOutage.class);

    private final LongSupplier nanoTime;
    private long since;
    private long unlogged;
    private boolean down;

    QueueOutage() {
        this(System::nanoTime);
    }

    QueueOutage(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    synchronized void readFailed(RuntimeException cause) {
        if (down) {
            unlogged++;
            return;
        }
        down = true;
        since = nanoTime.getAsLong();
        unlogged = 0;
        LOG.warn("could not read the queue ({}); the consumers keep trying every second and will log when it works"
                + " again", cause.toString());
    }

    synchronized void readSucceeded() {
        if (!down) {
            return;
        }
        down = false;
        Duration away = Duration.ofNanos(nanoTime.getAsLong() - since);
        LOG.info("the queue can be read again after {} s; {} more failed reads were not logged",
                String.format(Locale.ROOT, "%.1f", away.toMillis() / 1000.0), unlogged);
    }
}
