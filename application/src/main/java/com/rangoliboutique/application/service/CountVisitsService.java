package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CountVisitsUseCase;
import com.rangoliboutique.domain.product.DressId;

/** Counts in this process's {@link VisitTally}; {@link FlushVisitCountsService} stores the counts. */
public final class CountVisitsService implements CountVisitsUseCase {

    private final VisitTally tally;

    public CountVisitsService(VisitTally tally) {
        this.tally = tally;
    }

    @Override
    public void viewed(DressId dressId) {
        tally.add(dressId, VisitTally.Kind.VIEW);
    }

    @Override
    public void catalogViewed() {
        tally.add(null, VisitTally.Kind.VIEW);
    }

    @Override
    public void tapped(DressId dressId, TapKind kind) {
        tally.add(dressId, kind == TapKind.SIMILAR ? VisitTally.Kind.SIMILAR_TAP : VisitTally.Kind.TAP);
    }
}
