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

    record Decision(boolean allowed, Duration retryAfter) {
    }
}
