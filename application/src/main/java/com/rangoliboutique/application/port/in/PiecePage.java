package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.List;
import java.util.Objects;

/**
 * One page of the owner's pieces, newest first: what {@link ListPiecesUseCase} and {@link FindPiecesUseCase} answer.
 *
 * @param page      1 for the first page; never past the last (an out-of-date page button gets the last one)
 * @param pageCount at least 1, also when nothing was found
 * @param total     how many pieces there are in all pages
 */
public record PiecePage(List<Piece> pieces, int page, int pageCount, long total) {

    public PiecePage {
        pieces = List.copyOf(pieces);
        if (page < 1 || pageCount < 1 || page > pageCount || total < 0) {
            throw new IllegalArgumentException("page " + page + " of " + pageCount + " (" + total + " in all)");
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    /**
     * A piece as a list shows it.
     *
     * @param price     its regular price
     * @param salePrice the sale price in force, or null
     */
    public record Piece(long productId, DressId dressId, String title, Price price, Price salePrice,
                        ProductStatus status) {

        public Piece {
            Objects.requireNonNull(dressId, "dressId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(status, "status");
        }

        /** What a buyer pays: the sale price when there is one. */
        public Price buyerPrice() {
            return salePrice != null ? salePrice : price;
        }
    }
}
