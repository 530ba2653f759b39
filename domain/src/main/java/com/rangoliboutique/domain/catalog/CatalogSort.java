package com.rangoliboutique.domain.catalog;

import java.util.Locale;

/** The orders a buyer can pick for the catalog. Sold-out pieces always come after the available ones. */
public enum CatalogSort {
    NEWEST("newest", "Newest first"),
    PRICE_LOW("price_asc", "Price: low to high"),
    PRICE_HIGH("price_desc", "Price: high to low");

    private final String parameter;
    private final String label;

    CatalogSort(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The value in the URL, e.g. {@code ?sort=price_asc}. */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    static CatalogSort fromParameter(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (CatalogSort sort : values()) {
            if (sort.parameter.equals(wanted)) {
                return sort;
            }
        }
        return null;
    }
}
