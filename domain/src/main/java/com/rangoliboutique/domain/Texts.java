package com.rangoliboutique.domain;

/** Small helpers for messages shown to people. */
public final class Texts {

    private static final int QUOTE_LIMIT = 40;

    private Texts() {
    }

    /** The input in double quotes, shortened with "…" when long, for echoing it back in a message. */
    public static String quote(String input) {
        String text = input == null ? "" : input.strip();
        if (length(text) > QUOTE_LIMIT) {
            text = text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…";
        }
        return "\"" + text + "\"";
    }

    /** Length in characters as a person (and PostgreSQL) counts them, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
