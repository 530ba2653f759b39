package com.rangoliboutique.application.port.out;

import java.time.Duration;

/** Counters shared by every process (Redis), for limits such as "5 regenerations per hour per admin". */
public interface RateLimits {

    /**
     * Counts one use of {@code key}; false when {@code limit} uses were already counted in the current window.
     *
     * @return the decision and, when refused, how long until the window resets
     */
    Decision tryAcquire(String key, int limit, Duration window);

    /**
     * Adds several counts at once (one round trip) and returns each key's total and the time left in its window (the
     * same windows as {@link #tryAcquire}: a key's window starts with its first count). For counters kept in memory
     * and shared every so often, such as the public pages' per-address limit; a count of 0 just reads the total.
     */
    java.util.Map<String, Shared> addAll(java.util.Map<String, Long> increments, Duration window);

    record Shared(long count, Duration remaining) {
    }

    record Decision(boolean allowed, Duration retryAfter) {
    }
}
