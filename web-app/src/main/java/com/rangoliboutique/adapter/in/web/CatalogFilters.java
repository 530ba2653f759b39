package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.CatalogView;
import com.rangoliboutique.adapter.in.web.view.Choice;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Facets;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.CatalogSort;

import java.util.ArrayList;
import java.util.List;

/** The catalog's filter form and page links, from the query the buyer made and the values products have. */
final class CatalogFilters {

    private static final int PAGE_LINKS_AROUND = 2;

    private CatalogFilters() {
    }

    static CatalogView.Filters filters(CatalogQuery query, Facets facets) {
        List<Choice> sorts = new ArrayList<>();
        for (CatalogSort sort : CatalogSort.values()) {
            sorts.add(new Choice(sort.parameter(), sort.label(), sort == query.sort()));
        }
        return new CatalogView.Filters(query.search(), choices(facets.categories(), query.category(), true),
                choices(facets.colors(), query.color(), false), choices(facets.sizes(), query.size(), false),
                query.minRupees() == null ? null : query.minRupees().toString(),
                query.maxRupees() == null ? null : query.maxRupees().toString(),
                facets.minRupees() == null ? null : facets.minRupees().toString(),
                facets.maxRupees() == null ? null : facets.maxRupees().toString(),
                query.newArrivals(), sorts, query.filtered(), activeFilters(query));
    }

    private static int activeFilters(CatalogQuery query) {
        int n = 0;
        for (Object value : new Object[]{query.search(), query.category(), query.color(), query.size()}) {
            n += value == null ? 0 : 1;
        }
        n += query.minRupees() != null || query.maxRupees() != null ? 1 : 0;
        n += query.newArrivals() ? 1 : 0;
        return n;
    }

    /** The values that exist, plus the current one if no product has it any more (so the form shows what is on). */
    private static List<Choice> choices(List<String> values, String current, boolean capitalise) {
        List<Choice> choices = new ArrayList<>();
        boolean found = false;
        for (String value : values) {
            boolean selected = value.equalsIgnoreCase(current == null ? "" : current);
            found |= selected;
            choices.add(new Choice(value, capitalise ? capitalise(value) : value, selected));
        }
        if (current != null && !found) {
            choices.add(new Choice(current, capitalise ? capitalise(current) : current, true));
        }
        return choices;
    }

    /** A category as a label: "silk" → "Silk". */
    static String capitalise(String value) {
        return value.isEmpty() ? value : value.substring(0, 1).toUpperCase() + value.substring(1);
    }

    static List<Choice> pageLinks(CatalogQuery query, int pageCount) {
        List<Choice> links = new ArrayList<>();
        if (pageCount <= 1) {
            return links;
        }
        for (int n = 1; n <= pageCount; n++) {
            boolean near = Math.abs(n - query.page()) <= PAGE_LINKS_AROUND;
            if (n == 1 || n == pageCount || near) {
                links.add(new Choice(link(query.withPage(n)), Integer.toString(n), n == query.page()));
            } else if (!links.isEmpty() && !links.get(links.size() - 1).label().equals("…")) {
                links.add(new Choice("", "…", false)); // a gap, shown as plain text
            }
        }
        return links;
    }

    static String link(CatalogQuery query) {
        String q = query.toQueryString();
        return q.isEmpty() ? "/" : "/?" + q;
    }
}
