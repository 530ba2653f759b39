package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paging of the owner's lists and searches, on the in-memory database. */
class ListPiecesServiceTest {

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final ListPiecesService lists = new ListPiecesService(db.productSearch());
    private final FindPiecesService finds = new FindPiecesService(db.productSearch());

    private List<Long> stored(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> db.products().add(
                Product.draft(db.products().nextDressId(), TestProducts.details(), 1L)).id()).toList();
    }

    @Test
    void pagesCountFromOneAndSayWhetherThereIsAnotherEitherSide() {
        List<Long> ids = stored(17);

        PiecePage first = lists.list(Optional.empty(), 1, 8);
        PiecePage last = lists.list(Optional.empty(), 3, 8);

        assertEquals(3, first.pageCount());
        assertEquals(17, first.total());
        assertEquals(ids.get(16), first.pieces().get(0).productId(), "newest first");
        assertFalse(first.hasPrevious());
        assertTrue(first.hasNext());
        assertEquals(List.of(ids.get(0)), last.pieces().stream().map(PiecePage.Piece::productId).toList());
        assertTrue(last.hasPrevious());
        assertFalse(last.hasNext());
    }

    @Test
    void aPageBeforeTheFirstIsTheFirstAndOnePastTheEndIsTheLast() {
        stored(9);

        assertEquals(1, lists.list(Optional.empty(), -3, 8).page());
        PiecePage past = lists.list(Optional.empty(), Integer.MAX_VALUE, 8);
        assertEquals(2, past.page());
        assertEquals(1, past.pieces().size());
    }

    @Test
    void nothingIsOnePageOfNothing() {
        PiecePage none = lists.list(Optional.of(ProductStatus.HIDDEN), 4, 8);

        assertEquals(new PiecePage(List.of(), 1, 1, 0), none);
        assertTrue(none.isEmpty());
        assertEquals(new PiecePage(List.of(), 1, 1, 0), finds.find("   ", 1, 8));
        assertThrows(IllegalArgumentException.class, () -> lists.list(Optional.empty(), 1, 0));
    }

    @Test
    void findPagesLikeTheList() {
        stored(10);

        PiecePage second = finds.find(" red  silk ", 2, 8);

        assertEquals(2, second.page());
        assertEquals(2, second.pieces().size());
        assertEquals(10, second.total());
    }
}
