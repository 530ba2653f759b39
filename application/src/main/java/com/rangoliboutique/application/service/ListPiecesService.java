package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ListPiecesUseCase;
import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Objects;
import java.util.Optional;

/** The owner's {@code /list}: the newest pieces, in one status or all. */
public final class ListPiecesService implements ListPiecesUseCase {

    private final ProductSearch search;

    public ListPiecesService(ProductSearch search) {
        this.search = search;
    }

    @Override
    public PiecePage list(Optional<ProductStatus> status, int page, int pageSize) {
        Objects.requireNonNull(status, "status");
        return PiecePaging.page(page, pageSize, (offset, limit) -> search.newest(status, offset, limit));
    }
}
