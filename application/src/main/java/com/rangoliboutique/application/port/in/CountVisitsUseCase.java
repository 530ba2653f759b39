package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;

/**
 * What buyers do, counted: a piece's page seen, the catalog seen, a WhatsApp button tapped. Only numbers per piece and
 * day are kept — nothing about who did it. Each call is a few lock-free increments in memory (it sits on the cached
 * page path); {@link FlushVisitCountsUseCase} stores them in batches.
 */
public interface CountVisitsUseCase {

    /** A person saw the page of {@code dressId}. */
    void viewed(DressId dressId);

    /** A person saw a page of the catalog. */
    void catalogViewed();

    /** A person tapped a WhatsApp button on the page of {@code dressId}. */
    void tapped(DressId dressId, TapKind kind);

    /** Which WhatsApp button. */
    enum TapKind {
        /** "Order on WhatsApp" on a piece for sale. */
        ORDER,
        /** "Ask about a similar piece" on a sold-out piece. */
        SIMILAR
    }
}
