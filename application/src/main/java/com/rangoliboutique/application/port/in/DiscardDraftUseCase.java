package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;

/** Deletes a draft, its rows and every stored object; refused (changing nothing) for anything but a draft. */
public interface DiscardDraftUseCase {

    DressId discard(long adminId, long productId);
}
