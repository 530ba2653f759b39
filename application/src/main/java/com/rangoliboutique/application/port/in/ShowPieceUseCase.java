package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.Product;

import java.util.Objects;
import java.util.Optional;

/** What the owner's card of one piece shows: the piece, its main photo and, while buyers can see it, its page. */
public interface ShowPieceUseCase {

    /** The piece as it is now; empty when no product has that id (any more). */
    Optional<PieceCard> card(long productId);

    /**
     * The main photo as JPEG bytes: the AI photo the owner approved, else the first original; empty when there is
     * none or it cannot be read from storage (the card is then sent without a photo).
     */
    Optional<byte[]> mainPhoto(long productId);

    /** @param pageUrl the buyers' page of the piece; empty while they cannot see it or the shop has no address set */
    record PieceCard(Product product, Optional<String> pageUrl) {

        public PieceCard {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(pageUrl, "pageUrl");
        }
    }
}
