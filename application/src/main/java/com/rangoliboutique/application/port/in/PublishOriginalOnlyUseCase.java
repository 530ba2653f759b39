package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;

/**
 * Spec flow D: DRAFT → PUBLISHED with the original photo(s) only. Refused with a
 * {@link com.rangoliboutique.domain.DomainException} meant for the owner, then nothing changes.
 */
public interface PublishOriginalOnlyUseCase {

    Product publishOriginalOnly(long adminId, long productId);
}
