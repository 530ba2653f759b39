package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.FlushVisitCountsUseCase;
import com.rangoliboutique.application.port.out.Outages;
import com.rangoliboutique.application.port.out.VisitCounts;
import com.rangoliboutique.application.port.out.VisitCounts.CatalogCount;
import com.rangoliboutique.application.port.out.VisitCounts.DailyCount;
import com.rangoliboutique.application.port.out.VisitCounts.PieceCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands the tally to {@link VisitCounts} in one batch. A batch that could not be stored stays pending and is added to
 * the next one; past {@code maxPending} rows (piece-days) new rows are dropped with a warning, so an outage of days
 * cannot fill the memory. One flush at a time.
 */
public final class FlushVisitCountsService implements FlushVisitCountsUseCase {

    /** The default bound of rows kept while the database is away. */
    public static final int MAX_PENDING = 100_000;

    private static final System.Logger LOG = System.getLogger(FlushVisitCountsService.class.getName());

    private final VisitTally tally;
    private final VisitCounts store;
    private final int maxPending;
    private final Map<VisitTally.Slot, DailyCount> pending = new LinkedHashMap<>();

    public FlushVisitCountsService(VisitTally tally, VisitCounts store, int maxPending) {
        this.tally = tally;
        this.store = store;
        this.maxPending = maxPending;
    }

    @Override
    public synchronized boolean flush() {
        int dropped = 0;
        for (DailyCount count : tally.drain()) {
            if (!merge(count)) {
                dropped++;
            }
        }
        if (dropped > 0) {
            LOG.log(System.Logger.Level.WARNING, "visit counts: {0} rows dropped — {1} rows are already waiting for"
                    + " the database", dropped, pending.size());
        }
        if (pending.isEmpty()) {
            return true;
        }
        try {
            store.add(new ArrayList<>(pending.values()));
        } catch (RuntimeException e) {
            if (Outages.databaseUnreachable(e)) {
                LOG.log(System.Logger.Level.WARNING, "visit counts not stored, the database is unreachable ({0});"
                        + " {1} rows kept for the next flush", e.getMessage(), pending.size());
            } else {
                LOG.log(System.Logger.Level.ERROR, "visit counts not stored; " + pending.size()
                        + " rows kept for the next flush", e);
            }
            return false;
        }
        pending.clear();
        return true;
    }

    /** @return false when the count was dropped (a new row past the bound) */
    private boolean merge(DailyCount count) {
        VisitTally.Slot key = new VisitTally.Slot(count instanceof PieceCount piece ? piece.dressId() : null,
                count.day());
        DailyCount before = pending.get(key);
        if (before == null) {
            if (pending.size() >= maxPending) {
                return false;
            }
            pending.put(key, count);
        } else if (before instanceof PieceCount piece) {
            pending.put(key, piece.plus((PieceCount) count));
        } else {
            pending.put(key, ((CatalogCount) before).plus((CatalogCount) count));
        }
        return true;
    }
}
