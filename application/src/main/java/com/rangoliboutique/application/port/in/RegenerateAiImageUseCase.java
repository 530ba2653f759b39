package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.product.Product;

import java.time.Duration;

/**
 * Spec flow E: a new PENDING AI version of a draft, queued for the worker; at most the configured number an hour per
 * owner (refused with {@link TooManyRegenerations}), only for drafts (the status table's REGENERATE row).
 */
public interface RegenerateAiImageUseCase {

    /** The next version in the studio look (the spec's prompt). */
    default RegenerationStarted regenerate(long adminId, long productId) {
        return regenerate(adminId, productId, AiStyle.STUDIO);
    }

    /**
     * The next version in {@code style} (the owner's Style button): the same hourly allowance, queue and retries as
     * Regenerate.
     */
    RegenerationStarted regenerate(long adminId, long productId, AiStyle style);

    /** @param queued false when the queue was unreachable: the worker's sweep recovers the job later */
    record RegenerationStarted(Product product, int version, AiStyle style, boolean queued) {

        public RegenerationStarted(Product product, int version, boolean queued) {
            this(product, version, AiStyle.STUDIO, queued);
        }
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
