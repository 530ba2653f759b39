package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;

/**
 * The owner's buttons on a draft's preview card (spec flows C, D, E and discard). Every method refuses with a
 * {@link com.rangoliboutique.domain.DomainException} whose message is meant for the owner (e.g. "D-1042 is already
 * published.") and then changes nothing.
 */
public interface ReviewDraftUseCase {

    /** DRAFT → PUBLISHED with the newest READY AI photo (if any) and the originals made public. */
    Product approve(long adminId, long productId);

    /** DRAFT → PUBLISHED with the original photo(s) only. */
    Product publishOriginalOnly(long adminId, long productId);

    /** A new PENDING AI version, queued for the worker. */
    RegenerationStarted regenerate(long adminId, long productId);

    /** Deletes the draft, its rows and every stored object. */
    DressId discard(long adminId, long productId);

    /** @param queued false when the queue was unreachable: the worker's sweep recovers the job later */
    record RegenerationStarted(Product product, int version, boolean queued) {
    }
}
