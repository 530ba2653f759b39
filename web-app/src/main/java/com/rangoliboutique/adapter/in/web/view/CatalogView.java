package com.rangoliboutique.adapter.in.web.view;

import java.util.List;

/**
 * The catalog page {@code GET /}.
 *
 * @param heading     "All pieces", or what the filters show
 * @param cards       the grid's cards, each rendered (and escaped) by {@code card.jte}
 * @param resultLine  "24 of 130 pieces", "No pieces match…"
 * @param pages       numbered page links (the current one selected); empty when there is one page
 * @param previousUrl link to the previous page, or null
 * @param nextUrl     link to the next page, or null
 */
public record CatalogView(PageMeta meta, String heading, String resultLine, List<String> cards, Filters filters,
                          List<Choice> pages, String previousUrl, String nextUrl) {

    /** A product in the grid; {@code photo} is null when it has no public photo yet. */
    public record Card(String url, String dressId, String title, PriceView price, boolean isNew, boolean soldOut,
                       PhotoView photo) {
    }

    /**
     * The filter form: only values some visible product has; the current selection kept. It starts folded (on a phone
     * the results come first; the page script unfolds it beside the grid on wide screens), its summary saying how
     * many filters are on.
     */
    public record Filters(String search, List<Choice> categories, List<Choice> colors, List<Choice> sizes,
                          String minRupees, String maxRupees, String pricePlaceholderMin,
                          String pricePlaceholderMax, boolean newArrivals, List<Choice> sorts, boolean filtered,
                          int activeCount) {
    }
}
