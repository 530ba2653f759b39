package com.rangoliboutique.adapter.in.web.view;

import java.util.List;

/**
 * The product page {@code GET /d/D-1042}.
 *
 * @param price         what the buyer pays (the sale price, the regular one struck through, while on sale)
 * @param photos        AI model photo first (when published with it), then the originals
 * @param variants      variant options grouped by type, the buyer's pick selected
 * @param whatsapp      the order button
 * @param categories    links to the catalog filtered by each of the product's categories
 * @param formAction    where the no-JavaScript variant form sends the picks ({@code /d/D-1042})
 * @param share         the Share button
 */
public record ProductView(PageMeta meta, String dressId, String title, String description, List<Choice> categories,
                          List<String> tags, PriceView price, String fxNote, boolean soldOut,
                          List<PhotoView> photos, List<VariantGroup> variants, WhatsApp whatsapp, String formAction,
                          String catalogUrl, Share share) {

    /** The select of one variant type; {@code field} is the form field name (the type itself). */
    public record VariantGroup(String type, String field, String elementId, List<Choice> values) {
    }

    /**
     * The Share button: a {@code https://wa.me/?text=…} link (title and page URL) that works without JavaScript; where
     * the browser has the Web Share API the page script shares {@code title}, {@code text} and {@code url} instead.
     */
    public record Share(String link, String title, String text, String url) {
    }

    /**
     * The WhatsApp button: the link for the current pick, and the pieces a page script needs to rebuild it when the
     * buyer picks another variant (prefix + encode(before + variant text + after)); {@code tapUrl} is where the
     * browser reports a tap ({@code ping}, or a beacon from the page script): {@code /d/D-1042/tap}, or
     * {@code /d/D-1042/similar-tap} for a sold-out piece.
     */
    public record WhatsApp(String link, String label, String linkPrefix, String messageBefore, String messageAfter,
                           String notSelected, String tapUrl) {
    }
}
