package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.settings.ShopIdentity;

import java.util.List;
import java.util.Objects;

/**
 * The one WhatsApp message a buyer sends about the pieces on their enquiry list, and its {@code wa.me} link:
 *
 * <pre>
 * Hi Poonam Jain, I'm interested in these pieces from Rangoli Boutique:
 * D-1042 Red Banarasi Silk Saree — https://rangoliboutique.com/d/D-1042
 * D-1043 Emerald Kanjivaram Saree (sold out) — https://rangoliboutique.com/d/D-1043
 * Ship to: [your city, country]
 * </pre>
 *
 * A sold-out piece is named as sold out (the owner may have a similar one); pieces no longer in the catalog are not
 * in the message (the list page says so beside them). Encoded like {@link WhatsAppOrder#encode(String)}.
 *
 * @param phone  the shop's WhatsApp number, digits with country code
 * @param shop   whose shop: the buyer greets its owner and names it
 * @param pieces the pieces still in the catalog, in the buyer's order; at least one
 */
public record WhatsAppEnquiry(String phone, ShopIdentity shop, List<Piece> pieces) {

    /** The line that ends every message, as in the order message. */
    public static final String SHIP_TO = "Ship to: [your city, country]";

    /**
     * One piece of the list.
     *
     * @param pageUrl the full canonical URL of its page
     */
    public record Piece(DressId dressId, String title, String pageUrl, boolean soldOut) {

        public Piece {
            Objects.requireNonNull(dressId, "dressId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(pageUrl, "pageUrl");
        }

        String line() {
            return dressId + " " + title + (soldOut ? " (sold out)" : "") + " — " + pageUrl;
        }
    }

    public WhatsAppEnquiry {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(shop, "shop");
        if (!phone.matches("\\d{8,15}")) {
            throw new IllegalArgumentException("phone must be digits with country code, was " + phone);
        }
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("an enquiry names at least one piece");
        }
    }

    public String message() {
        StringBuilder text = new StringBuilder("Hi ").append(shop.ownerName())
                .append(", I'm interested in these pieces from ").append(shop.shopName()).append(':');
        for (Piece piece : pieces) {
            text.append('\n').append(piece.line());
        }
        return text.append('\n').append(SHIP_TO).toString();
    }

    /** {@code https://wa.me/{phone}?text={message}}. */
    public String link() {
        return "https://wa.me/" + phone + "?text=" + WhatsAppOrder.encode(message());
    }

    /** The button: "Ask about this piece on WhatsApp", "Ask about these 3 pieces on WhatsApp". */
    public String label() {
        return pieces.size() == 1 ? "Ask about this piece on WhatsApp"
                : "Ask about these " + pieces.size() + " pieces on WhatsApp";
    }
}
