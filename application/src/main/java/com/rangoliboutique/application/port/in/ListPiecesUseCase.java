package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Optional;

/** The owner browses the shop's pieces, newest first, in every status or in one. */
public interface ListPiecesUseCase {

    /**
     * @param status   only pieces in this status; empty = every status
     * @param page     1 for the first; below 1 is the first, past the end the last
     * @param pageSize pieces a page, at least 1
     */
    PiecePage list(Optional<ProductStatus> status, int page, int pageSize);
}
