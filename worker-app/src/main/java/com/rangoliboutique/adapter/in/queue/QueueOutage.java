package com.rangoliboutique.adapter.in.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The consumers' failed reads of the queue, logged once per outage: a WARN at the first failure, then nothing while
 * Redis stays away (every consumer retries each second), and an INFO at the first read that works again, saying how
 * long the queue was unreadable and how many failed reads were not logged. Shared by every consumer; thread-safe.
 */
final class QueueOutage extends OutageLog {

    private static final Logger LOG = LoggerFactory.getLogger(QueueOutage.class);

    QueueOutage() {
        this(System::nanoTime);
    }

    QueueOutage(LongSupplier nanoTime) {
        super(nanoTime);
    }

    @Override
    void wentAway(RuntimeException cause) {
        LOG.warn("could not read the queue ({}); the consumers keep trying every second and will log when it works"
                + " again", cause.toString());
    }

    @Override
    void cameBack(Duration away, long unlogged) {
        LOG.info("the queue can be read again after {} s; {} more failed reads were not logged",
                seconds(away), unlogged);
    }
}
