package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;

/**
 * Spec flow C: DRAFT → PUBLISHED with the originals and the AI photos made public: the gallery's versions (the first
 * added is the main photo) or, with an empty gallery, the newest READY AI photo (if any). Refused with a
 * {@link com.rangoliboutique.domain.DomainException} meant for the owner (e.g. "D-1042 is already published."), then
 * nothing changes.
 */
public interface ApproveDraftUseCase {

    Product approve(long adminId, long productId);
}
