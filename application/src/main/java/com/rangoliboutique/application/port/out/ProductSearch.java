package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.List;
import java.util.Optional;

/** The owner's look-ups over every product, whatever its status; newest first (latest created, then highest id). */
public interface ProductSearch {

    /** @param status only products in this status; empty = all */
    Found newest(Optional<ProductStatus> status, int offset, int limit);

    /**
     * Products whose title, tags or description hold every word of {@code words} (English stemming, as the buyers'
     * search: {@code sarees} finds {@code saree}, case does not matter); nothing for blank words.
     */
    Found matching(String words, int offset, int limit);

    /** One slice of the matches, and how many there are in all. */
    record Found(List<PiecePage.Piece> pieces, long total) {

        public Found {
            pieces = List.copyOf(pieces);
        }
    }
}
