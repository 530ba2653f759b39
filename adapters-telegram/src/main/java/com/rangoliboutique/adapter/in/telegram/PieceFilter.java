package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What {@code /list} shows: every piece, or those in one status ({@code /list drafts|published|sold|hidden}). */
enum PieceFilter {
    ALL("all", null, Set.of("", "all")),
    DRAFTS("drafts", ProductStatus.DRAFT, Set.of("drafts", "draft")),
    PUBLISHED("published", ProductStatus.PUBLISHED, Set.of("published")),
    SOLD("sold", ProductStatus.SOLD_OUT, Set.of("sold", "sold out", "soldout", "sold-out")),
    HIDDEN("hidden", ProductStatus.HIDDEN, Set.of("hidden"));

    private final String key;
    private final ProductStatus status;
    private final Set<String> words;

    PieceFilter(String key, ProductStatus status, Set<String> words) {
        this.key = key;
        this.status = status;
        this.words = words;
    }

    /** Its word in callback data and in the command. */
    String key() {
        return key;
    }

    Optional<ProductStatus> status() {
        return Optional.ofNullable(status);
    }

    /** {@code /list}'s argument, e.g. {@code drafts} or {@code Sold out}; empty when it names no filter. */
    static Optional<PieceFilter> parse(String argument) {
        String word = argument.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Arrays.stream(values()).filter(f -> f.words.contains(word)).findFirst();
    }

    static Optional<PieceFilter> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
