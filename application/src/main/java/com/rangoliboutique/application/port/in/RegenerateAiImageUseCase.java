package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.product.Product;

import java.time.Duration;

/**
 * Spec flow E: a new PENDING AI version of a draft, queued for the worker; at most the configured number an hour per
 * owner (refused with {@link TooManyRegenerations}), only for drafts (the status table's REGENERATE row).
 */
public interface RegenerateAiImageUseCase {

    RegenerationStarted regenerate(long adminId, long productId);

    /** @param queued false when the queue was unreachable: the worker's sweep recovers the job later */
    record RegenerationStarted(Product product, int version, boolean queued) {
    }

    /** The owner's hourly allowance of regenerations is used up; {@code retryAfter} until the next one. */
    final class TooManyRegenerations extends DomainException {

        private final int perHour;
        private final Duration retryAfter;

        public TooManyRegenerations(int perHour, Duration retryAfter) {
            super("You can regenerate " + perHour + " times an hour — try again in " + minutes(retryAfter) + ".");
            this.perHour = perHour;
            this.retryAfter = retryAfter;
        }

        public int perHour() {
            return perHour;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        private static String minutes(Duration wait) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
    }
}
