package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;

import java.time.Duration;

/**
 * The owner's buttons on a draft's preview card (spec flows C, D, E and discard). Every method refuses with a
 * {@link com.rangoliboutique.domain.DomainException} whose message is meant for the owner (e.g. "D-1042 is already
 * published.") and then changes nothing.
 */
public interface ReviewDraftUseCase {

    /**
     * Before acting on a button (so its spinner can stop with the answer): the product, and whether {@code action}
     * is allowed by its status — the domain's status table decides; {@code null} asks only for the product (Edit works
     * in every status). Changes nothing.
     */
    Check check(long productId, ProductAction action);

    /** DRAFT → PUBLISHED with the newest READY AI photo (if any) and the originals made public. */
    Product approve(long adminId, long productId);

    /** DRAFT → PUBLISHED with the original photo(s) only. */
    Product publishOriginalOnly(long adminId, long productId);

    /**
     * A new PENDING AI version, queued for the worker; at most the configured number an hour per owner (refused with
     * {@link TooManyRegenerations}).
     */
    RegenerationStarted regenerate(long adminId, long productId);

    /** Deletes the draft, its rows and every stored object. */
    DressId discard(long adminId, long productId);

    /** @param queued false when the queue was unreachable: the worker's sweep recovers the job later */
    record RegenerationStarted(Product product, int version, boolean queued) {
    }

    /** What {@link #check} found. */
    sealed interface Check {

        /** The action may go ahead on {@code product}. */
        record Allowed(Product product) implements Check {
        }

        /** The status table refuses the action; {@code reason} is meant for the owner. */
        record Refused(Product product, String reason) implements Check {
        }

        /** No such product: discarded ({@code everExisted}), or an id no product ever had (a forged button). */
        record Gone(boolean everExisted) implements Check {
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
