package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.out.VisitStats.DayTotals;
import com.rangoliboutique.application.port.out.VisitStats.PieceTotals;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every {@link VisitStats} promises, against the in-memory fake and PostgreSQL. The counts are put in as the web
 * side's counting leaves them: one row per piece and day ({@code piece_daily_stats}), one per catalog day.
 */
public interface VisitStatsContract {

    VisitStats visitStats();

    Products products();

    /** A row of {@code piece_daily_stats}. */
    void recordVisits(long productId, LocalDate day, int views, int taps, int similarTaps);

    /** A row of {@code catalog_daily_stats}. */
    void recordCatalogViews(LocalDate day, int views);

    LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private Product aPiece() {
        return products().add(Product.draft(products().nextDressId(), TestProducts.details(), TestProducts.CHAT_ID));
    }

    @Test
    default void daysSumEveryPieceAndTheCatalogPerDayWithinTheRangeOnly() {
        Product a = aPiece();
        Product b = aPiece();
        recordVisits(a.id(), MONDAY, 10, 2, 1);
        recordVisits(b.id(), MONDAY, 5, 1, 0);
        recordVisits(a.id(), MONDAY.plusDays(2), 7, 0, 0);
        recordVisits(a.id(), MONDAY.plusDays(9), 99, 9, 9);   // after the range
        recordCatalogViews(MONDAY, 40);
        recordCatalogViews(MONDAY.plusDays(1), 12);            // a day with catalog views only
        recordCatalogViews(MONDAY.minusDays(1), 50);           // before the range

        List<DayTotals> days = visitStats().days(MONDAY, MONDAY.plusDays(6));

        assertEquals(List.of(
                new DayTotals(MONDAY, 15, 3, 1, 40),
                new DayTotals(MONDAY.plusDays(1), 0, 0, 0, 12),
                new DayTotals(MONDAY.plusDays(2), 7, 0, 0, 0)), days);
        assertEquals(List.of(), visitStats().days(MONDAY.plusDays(20), MONDAY.plusDays(25)));
    }

    @Test
    default void piecesAreSummedOverTheRangeWithTheirDressIdTitleAndCategories() {
        Product a = aPiece();
        Product b = aPiece();
        aPiece(); // never counted: not listed
        recordVisits(a.id(), MONDAY, 10, 2, 1);
        recordVisits(a.id(), MONDAY.plusDays(6), 3, 1, 0);
        recordVisits(a.id(), MONDAY.plusDays(7), 50, 5, 0);   // after the range
        recordVisits(b.id(), MONDAY.plusDays(1), 20, 0, 0);

        List<PieceTotals> pieces = visitStats().pieces(MONDAY, MONDAY.plusDays(6)).stream()
                .sorted(Comparator.comparingLong(PieceTotals::productId)).toList();

        assertEquals(List.of(
                new PieceTotals(a.id(), a.dressId(), a.title(), a.categories(), 13, 3, 1),
                new PieceTotals(b.id(), b.dressId(), b.title(), b.categories(), 20, 0, 0)), pieces);
    }

    @Test
    default void aDeletedPieceTakesItsCountsWithIt() {
        Product a = aPiece();
        recordVisits(a.id(), MONDAY, 10, 2, 0);

        products().delete(a.id());

        assertEquals(List.of(), visitStats().pieces(MONDAY, MONDAY));
        assertEquals(List.of(), visitStats().days(MONDAY, MONDAY));
    }
}
