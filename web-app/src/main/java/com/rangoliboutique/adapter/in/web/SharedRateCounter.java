package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.out.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-address request counts in fixed one-minute windows, counted in memory and shared with the other web processes
 * through {@link RateLimits#addAll} whenever {@link #share()} runs.
 *
 * <p>An address is refused once what every process counted (as Redis last said) plus what this process counted since
 * — including counts on their way to Redis — reaches the limit. Counts being sent are kept in the estimate until the
 * reply replaces them with the new shared total, in one step under the address's lock, so a request that arrives
 * while a share is under way sees neither too little nor too much.
 */
final class SharedRateCounter {

    private static final Logger LOG = LoggerFactory.getLogger(SharedRateCounter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimits limits;
    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();
    private volatile boolean sharingFails;

    /** One address's requests in its current window, as this process knows them. */
    private static final class Count {
        private long windowEndsNanos;
        private long shared;
        private long sending;
        private long unshared;
        private boolean touched = true;

        Count(long now) {
            this.windowEndsNanos = now + WINDOW.toNanos();
        }

        synchronized boolean tryCount(long limit) {
            touched = true;
            if (shared + sending + unshared >= limit) {
                return false;
            }
            unshared++;
            return true;
        }

        synchronized long takeForSending() {
            long n = unshared;
            sending += n;
            unshared = 0;
            touched = false;
            return n;
        }

        synchronized void shared(long total, long sent, long windowEnds) {
            shared = total; // includes what was sent
            sending -= sent;
            windowEndsNanos = windowEnds;
        }

        synchronized void notShared(long sent) {
            sending -= sent;
            unshared += sent; // kept for the next try
        }

        synchronized long estimate() {
            return shared + sending + unshared;
        }

        synchronized long windowEndsNanos() {
            return windowEndsNanos;
        }

        synchronized boolean touched() {
            return touched;
        }
    }

    SharedRateCounter(RateLimits limits, int perMinute, LongSupplier nanoTime) {
        this.limits = limits;
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Counts one request of {@code client}.
     *
     * @return 0 when allowed, else the seconds until the address's window ends (at least 1)
     */
    long tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        Count count = counts.compute(client, (k, c) -> c == null || now - c.windowEndsNanos() >= 0 ? new Count(now) : c);
        if (count.tryCount(perMinute)) {
            return 0;
        }
        long left = count.windowEndsNanos() - now;
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Adds this process's new counts to the shared ones and learns the totals of every process; one at a time. */
    synchronized void share() {
        long now = nanoTime.getAsLong();
        counts.entrySet().removeIf(e -> !e.getValue().touched() && now - e.getValue().windowEndsNanos() >= 0);
        Map<String, Long> increments = new HashMap<>();
        Map<String, Count> sent = new HashMap<>();
        counts.forEach((client, count) -> {
            // new requests to share, or an address near the limit whose total other processes may be raising
            if (count.touched() || count.estimate() * 2 >= perMinute) {
                increments.put("public:" + client, count.takeForSending());
                sent.put("public:" + client, count);
            }
        });
        if (increments.isEmpty()) {
            return;
        }
        try {
            limits.addAll(increments, WINDOW).forEach((key, shared) -> sent.get(key)
                    .shared(shared.count(), increments.get(key), now + shared.remaining().toNanos()));
            if (sharingFails) {
                LOG.info("rate limit counts are shared through Redis again");
                sharingFails = false;
            }
        } catch (RuntimeException e) {
            sent.forEach((key, count) -> count.notShared(increments.get(key)));
            if (!sharingFails) {
                LOG.warn("rate limit counts not shared (Redis unreachable?), each process limits on its own: {}",
                        e.toString());
                sharingFails = true;
            }
        }
    }

    /** Addresses this process currently keeps a count for. */
    int addresses() {
        return counts.size();
    }
}
