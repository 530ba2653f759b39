package com.rangoliboutique.adapter.in.web.view;

/**
 * The head of a page: what search engines and link previews (WhatsApp, Telegram) show.
 *
 * @param title        the page title, without the shop's name
 * @param description  one or two sentences for search results and previews
 * @param canonicalUrl the one URL of this page, or null for pages that should not be indexed
 * @param ogImage      absolute URL of an image under 300 KB for previews, or null
 * @param ogType       {@code website} or {@code product}
 * @param jsonLd       schema.org data as safe JSON (see {@link JsonLd}), or null
 * @param assets       the stylesheet and script to load
 * @param shop         whose shop: its name and tagline head every page
 */
public record PageMeta(String title, String description, String canonicalUrl, String ogImage, String ogType,
                       JsonLd jsonLd, Assets assets, Shop shop) {

    public String fullTitle() {
        return title == null || title.isBlank() ? shop.name() : title + " · " + shop.name();
    }

    /** The shop's name (header, titles, {@code og:site_name}) and the line under it, as the owner set them. */
    public record Shop(String name, String tagline) {
    }

    /** The stylesheet, script content-hashed names, and the icon under their content-hashed names, e.g. {@code /static/site.3f9a1c2b7d.css}. */
    public record Assets(String stylesheet, String script, String icon) {
    }
}
