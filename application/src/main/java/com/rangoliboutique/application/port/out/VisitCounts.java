package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;

import java.time.LocalDate;
import java.util.List;

/** The daily counts of what buyers did: numbers per piece (or for the catalog) and day, never who. */
public interface VisitCounts {

    /**
     * Adds every count to its day's row, creating the rows that are missing — all of them or, when this throws, none.
     * Counts of pieces that are no longer in the shop are dropped. At most one count per piece (and one for the
     * catalog) and day.
     */
    void add(List<DailyCount> counts);

    /** What one day brought, for a piece or for the catalog. */
    sealed interface DailyCount permits PieceCount, CatalogCount {

        LocalDate day();
    }

    record PieceCount(DressId dressId, LocalDate day, long views, long taps, long similarTaps) implements DailyCount {

        public PieceCount {
            if (views < 0 || taps < 0 || similarTaps < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }

        public PieceCount plus(PieceCount other) {
            return new PieceCount(dressId, day, views + other.views, taps + other.taps,
                    similarTaps + other.similarTaps);
        }
    }

    record CatalogCount(LocalDate day, long views) implements DailyCount {

        public CatalogCount {
            if (views < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }

        public CatalogCount plus(CatalogCount other) {
            return new CatalogCount(day, views + other.views);
        }
    }
}
