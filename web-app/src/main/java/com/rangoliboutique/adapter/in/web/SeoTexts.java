package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.PriceView;
import com.rangoliboutique.domain.product.Product;

/** The descriptions search engines and link previews show for each page. */
final class SeoTexts {

    private static final int DESCRIPTION_LENGTH = 155;

    private SeoTexts() {
    }

    static String catalogDescription(String shopName, boolean filtered, String resultLine) {
        return filtered
                ? resultLine + " at " + shopName + ". Order on WhatsApp; we ship across India and abroad."
                : "Sarees and dresses from " + shopName + " — " + resultLine
                + ". Order on WhatsApp; we ship across India and abroad.";
    }

    static String productDescription(String shopName, Product product, PriceView price, boolean soldOut) {
        String text = product.description() == null ? "" : product.description().strip().replaceAll("\\s+", " ");
        String lead = product.title() + " — " + price.inr() + " (" + price.usd() + ")"
                + (price.onSale() ? ", on sale, was " + price.wasInr() : "")
                + (soldOut ? ", sold out" : "") + ". ";
        String full = lead + (text.isEmpty() ? "Dress " + product.dressId() + " from " + shopName
                + "; order on WhatsApp." : text);
        return full.length() <= DESCRIPTION_LENGTH ? full : full.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…";
    }
}
