package com.rangoliboutique.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Waits for a condition with a deadline (never a fixed sleep); a condition that throws counts as not yet. */
final class Await {

    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    static void until(String what, Duration timeout, Callable<Boolean> condition, Supplier<String> diagnostics)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "never true";
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                last = e.toString();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + " (last: " + last
                        + ")\n" + diagnostics.get());
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
