package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.application.port.out.ProductSearch.Found;

/** Turns a page number into a slice of a query and back into a {@link PiecePage}: pages count from 1, never past the last. */
final class PiecePaging {

    /** A query for {@code limit} products from {@code offset}. */
    interface Query {
        Found slice(int offset, int limit);
    }

    private PiecePaging() {
    }

    static PiecePage page(int requested, int pageSize, Query query) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one piece, not " + pageSize);
        }
        int page = Math.max(1, Math.min(requested, Integer.MAX_VALUE / pageSize));
        Found found = query.slice((page - 1) * pageSize, pageSize);
        int pageCount = pageCount(found.total(), pageSize);
        if (page > pageCount) { // an old page button after pieces went: the last page there is now
            page = pageCount;
            found = query.slice((page - 1) * pageSize, pageSize);
            pageCount = pageCount(found.total(), pageSize);
            page = Math.min(page, pageCount);
        }
        return new PiecePage(found.pieces(), page, pageCount, found.total());
    }

    static int pageCount(long total, int pageSize) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize));
    }
}
