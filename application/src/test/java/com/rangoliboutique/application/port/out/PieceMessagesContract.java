package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link PieceMessages} promises (in-memory fake and PostgreSQL). Each test starts on an empty store. */
public interface PieceMessagesContract {

    long CHAT = 555_000_111L;

    Products products();

    PieceMessages pieceMessages();

    private Product aDraft() {
        return products().add(Product.draft(products().nextDressId(), TestProducts.details(), CHAT));
    }

    @Test
    default void aRememberedMessageLeadsToItsPieceInItsChatOnly() {
        Product product = aDraft();

        pieceMessages().remember(CHAT, 41, product.id());

        assertEquals(Optional.of(product.dressId()), pieceMessages().pieceOf(CHAT, 41));
        assertEquals(Optional.empty(), pieceMessages().pieceOf(CHAT, 42), "another message");
        assertEquals(Optional.empty(), pieceMessages().pieceOf(CHAT + 1, 41), "the same id in another chat");
    }

    @Test
    default void theSameMessageRememberedAgainIsAboutTheLatestPiece() {
        Product first = aDraft();
        Product second = aDraft();

        pieceMessages().remember(CHAT, 7, first.id());
        pieceMessages().remember(CHAT, 7, second.id());

        assertEquals(Optional.of(second.dressId()), pieceMessages().pieceOf(CHAT, 7));
    }

    @Test
    default void aDeletedPieceTakesItsMessagesWithIt() {
        Product kept = aDraft();
        Product discarded = aDraft();
        pieceMessages().remember(CHAT, 1, kept.id());
        pieceMessages().remember(CHAT, 2, discarded.id());
        pieceMessages().remember(CHAT, 3, discarded.id());

        products().delete(discarded.id());

        assertEquals(Optional.empty(), pieceMessages().pieceOf(CHAT, 2));
        assertEquals(Optional.empty(), pieceMessages().pieceOf(CHAT, 3));
        assertEquals(Optional.of(kept.dressId()), pieceMessages().pieceOf(CHAT, 1));
    }

    @Test
    default void aMessageAboutAPieceNoLongerStoredIsNotRemembered() {
        Product discarded = aDraft();
        products().delete(discarded.id());

        pieceMessages().remember(CHAT, 9, discarded.id());

        assertEquals(Optional.empty(), pieceMessages().pieceOf(CHAT, 9));
    }
}
