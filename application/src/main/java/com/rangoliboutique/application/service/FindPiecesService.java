package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.FindPiecesUseCase;
import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.application.port.out.ProductSearch;

import java.util.List;

/** The owner's {@code /find red silk}: full-text search over every status. */
public final class FindPiecesService implements FindPiecesUseCase {

    private final ProductSearch search;

    public FindPiecesService(ProductSearch search) {
        this.search = search;
    }

    @Override
    public PiecePage find(String words, int page, int pageSize) {
        if (words == null || words.isBlank()) {
            return new PiecePage(List.of(), 1, 1, 0);
        }
        String stripped = words.strip();
        return PiecePaging.page(page, pageSize, (offset, limit) -> search.matching(stripped, offset, limit));
    }
}
