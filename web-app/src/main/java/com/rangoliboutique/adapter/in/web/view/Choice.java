package com.rangoliboutique.adapter.in.web.view;

/** An option of a select or a link in a list: its value, what a person reads, and whether it is the current one. */
public record Choice(String value, String label, boolean selected) {
}
