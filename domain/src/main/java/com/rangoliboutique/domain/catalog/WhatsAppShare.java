package com.rangoliboutique.domain.catalog;

import java.util.Objects;

/**
 * What a buyer shares of a product page: the Web Share API's title, short text and URL where the browser has it, and
 * otherwise a {@code https://wa.me/?text=…} link (no number: the buyer picks the chat) with the title and the page's
 * URL, which works without JavaScript.
 *
 * @param title   the piece's title
 * @param shop    the shop's name
 * @param pageUrl the full canonical URL of the product page
 */
public record WhatsAppShare(String title, String shop, String pageUrl) {

    public WhatsAppShare {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(pageUrl, "pageUrl");
    }

    /** The short text beside the link in a share sheet: "Red Banarasi Silk Saree at Rangoli Boutique". */
    public String text() {
        return title + " at " + shop;
    }

    /** The message of the wa.me link: the title, then the page's URL on its own line. */
    public String message() {
        return title + "\n" + pageUrl;
    }

    /** {@code https://wa.me/?text={title}%0A{page URL}}, encoded like {@link WhatsAppOrder#encode(String)}. */
    public String link() {
        return "https://wa.me/?text=" + WhatsAppOrder.encode(message());
    }
}
