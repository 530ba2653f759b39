package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.out.VisitCounts.CatalogCount;
import com.rangoliboutique.application.port.out.VisitCounts.PieceCount;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link VisitCounts} promises, against the in-memory fake and the PostgreSQL adapter. */
public interface VisitCountsContract {

    LocalDate DAY = LocalDate.of(2026, 12, 3);

    VisitCounts visitCounts();

    Products products();

    /** Views, taps and similar taps stored for the piece on the day; zeros when there is no row. */
    long[] storedPiece(DressId dressId, LocalDate day);

    long storedCatalogViews(LocalDate day);

    private DressId aPiece() {
        Product p = products().add(Product.draft(products().nextDressId(), TestProducts.details(),
                TestProducts.CHAT_ID));
        return p.dressId();
    }

    @Test
    default void aBatchCreatesTheDailyRows() {
        DressId saree = aPiece();
        DressId kurta = aPiece();

        visitCounts().add(List.of(new PieceCount(saree, DAY, 5, 2, 0), new PieceCount(kurta, DAY, 1, 0, 1),
                new PieceCount(saree, DAY.plusDays(1), 3, 0, 0), new CatalogCount(DAY, 9)));

        assertArrayEquals(new long[] {5, 2, 0}, storedPiece(saree, DAY));
        assertArrayEquals(new long[] {1, 0, 1}, storedPiece(kurta, DAY));
        assertArrayEquals(new long[] {3, 0, 0}, storedPiece(saree, DAY.plusDays(1)));
        assertEquals(9, storedCatalogViews(DAY));
        assertEquals(0, storedCatalogViews(DAY.plusDays(1)));
    }

    @Test
    default void laterBatchesAddToTheRowsTheyFind() {
        DressId saree = aPiece();
        visitCounts().add(List.of(new PieceCount(saree, DAY, 5, 2, 1), new CatalogCount(DAY, 9)));

        visitCounts().add(List.of(new PieceCount(saree, DAY, 1, 1, 1), new CatalogCount(DAY, 1)));

        assertArrayEquals(new long[] {6, 3, 2}, storedPiece(saree, DAY));
        assertEquals(10, storedCatalogViews(DAY));
    }

    @Test
    default void countsOfPiecesNoLongerInTheShopAreDroppedAndTheRestStored() {
        DressId saree = aPiece();
        DressId gone = new DressId(9_999);

        visitCounts().add(List.of(new PieceCount(gone, DAY, 4, 4, 4), new PieceCount(saree, DAY, 1, 0, 0)));

        assertArrayEquals(new long[] {1, 0, 0}, storedPiece(saree, DAY));
        assertArrayEquals(new long[] {0, 0, 0}, storedPiece(gone, DAY));
    }

    @Test
    default void anEmptyBatchChangesNothing() {
        visitCounts().add(List.of());

        assertEquals(0, storedCatalogViews(DAY));
    }
}
