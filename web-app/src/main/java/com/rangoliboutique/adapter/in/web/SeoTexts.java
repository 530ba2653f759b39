package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.PageMeta;
import com.rangoliboutique.adapter.in.web.view.PriceView;
import com.rangoliboutique.domain.product.Product;

/** The descriptions search engines and link previews show for each page. */
final class SeoTexts {

    private static final int DESCRIPTION_LENGTH = 155;

    private SeoTexts() {
    }

    static String catalogDescription(boolean filtered, String resultLine) {
        return filtered
                ? resultLine + " at " + PageMeta.SHOP_NAME + ". Order on WhatsApp; we ship across India and abroad."
                : "Sarees and dresses from " + PageMeta.SHOP_NAME + " — " + resultLine
                + ". Order on WhatsApp; we ship across India and abroad.";
    }

    static String productDescription(Product product, PriceView price, boolean soldOut) {
        String text = product.description() == null ? "" : product.description().strip().replaceAll("\\s+", " ");
        String lead = product.title() + " — " + price.inr() + " (" + price.usd() + ")"
                + (price.onSale() ? ", on sale, was " + price.wasInr() : "")
                + (soldOut ? ", sold out" : "") + ". ";
        String full = lead + (text.isEmpty() ? "Dress " + product.dressId() + " from " + PageMeta.SHOP_NAME
                + "; order on WhatsApp." : text);
        return full.length() <= DESCRIPTION_LENGTH ? full : full.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…";
    }
}
