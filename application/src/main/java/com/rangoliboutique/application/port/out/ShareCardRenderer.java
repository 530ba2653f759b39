package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** Draws a piece's share card: a JPEG the owner forwards to WhatsApp Status, a story or a feed. */
public interface ShareCardRenderer {

    /** @return a JPEG of {@code format}'s exact size, well under 1 MB */
    byte[] render(ShareCard card, Format format);

    /** The two sizes the owner forwards. */
    enum Format {
        /** WhatsApp Status, Instagram and Facebook stories (9:16). */
        STATUS(1080, 1920),
        /** A feed post (4:5). */
        POST(1080, 1350);

        private final int width;
        private final int height;

        Format(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }

    /**
     * The facts on a card; the renderer formats them.
     *
     * @param photo     the main photo's bytes (JPEG, PNG or WebP); empty = a card without a photo
     * @param price     the regular price; struck through beside {@code salePrice} when there is one
     * @param usdFxRate rupees per US dollar, for the ~$ price
     * @param pageUrl   the piece's page, the QR code's content
     */
    record ShareCard(Optional<byte[]> photo, String title, Price price, Optional<Price> salePrice,
                     BigDecimal usdFxRate, DressId dressId, String shopName, String pageUrl) {

        public ShareCard {
            Objects.requireNonNull(photo, "photo");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(salePrice, "salePrice");
            Objects.requireNonNull(usdFxRate, "usdFxRate");
            Objects.requireNonNull(dressId, "dressId");
            Objects.requireNonNull(shopName, "shopName");
            Objects.requireNonNull(pageUrl, "pageUrl");
        }

        /** What a buyer pays: the sale price when there is one. */
        public Price buyerPrice() {
            return salePrice.orElse(price);
        }
    }
}
