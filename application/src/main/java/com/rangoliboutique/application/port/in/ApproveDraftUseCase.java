package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;

/**
 * Spec flow C: DRAFT → PUBLISHED with the newest READY AI photo (if any) and the originals made public. Refused with a
 * {@link com.rangoliboutique.domain.DomainException} meant for the owner (e.g. "D-1042 is already published."), then
 * nothing changes.
 */
public interface ApproveDraftUseCase {

    Product approve(long adminId, long productId);
}
