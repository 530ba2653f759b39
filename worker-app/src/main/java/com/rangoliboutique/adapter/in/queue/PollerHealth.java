package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.application.port.out.HealthCheck;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The worker's {@code /health} part "poller": up while the consumers have polled the queue in the last 30 s. */
@Singleton
class PollerHealth implements HealthCheck {

    private static final Duration STALE = Duration.ofSeconds(30);

    private final AtomicReference<Instant> lastPoll = new AtomicReference<>(Instant.now());
    private volatile boolean stopping;

    void polled() {
        lastPoll.set(Instant.now());
    }

    void stopping() {
        stopping = true;
    }

    @Override
    public String component() {
        return "poller";
    }

    @Override
    public boolean isUp() {
        return !stopping && Duration.between(lastPoll.get(), Instant.now()).compareTo(STALE) < 0;
    }
}
