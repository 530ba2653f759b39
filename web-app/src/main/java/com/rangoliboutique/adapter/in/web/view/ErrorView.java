package com.rangoliboutique.adapter.in.web.view;

/** A page that says what went wrong, in words for a buyer, with a way back to the catalog. */
public record ErrorView(PageMeta meta, int status, String heading, String message, String catalogUrl) {
}
