package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.in.PiecePage.Piece;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link ProductSearch} in an {@link InMemoryDatabase}. The search is a small stand-in for PostgreSQL's English
 * full-text search: words of letters and digits, case folded, a plural "s" and a final "e" ignored ("sarees" finds
 * "saree"); every word must match. Enough for plain words, which is all {@code ProductSearchContract} asks.
 */
final class InMemoryProductSearch implements ProductSearch {

    private static final Comparator<Product> NEWEST = Comparator.comparing(Product::createdAt)
            .thenComparing(Product::id).reversed();

    private final InMemoryDatabase db;

    InMemoryProductSearch(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Found newest(Optional<ProductStatus> status, int offset, int limit) {
        return found(p -> status.isEmpty() || p.status() == status.get(), offset, limit);
    }

    @Override
    public Found matching(String words, int offset, int limit) {
        Set<String> wanted = stems(words == null ? "" : words);
        if (wanted.isEmpty()) {
            return new Found(List.of(), 0);
        }
        return found(p -> stems(p.title() + " " + String.join(" ", p.tags()) + " " + p.description())
                .containsAll(wanted), offset, limit);
    }

    private Found found(Predicate<Product> which, int offset, int limit) {
        return db.read(() -> {
            List<Product> all = db.tables.products.values().stream().filter(which).sorted(NEWEST).toList();
            List<Piece> slice = all.stream().skip(offset).limit(limit)
                    .map(p -> new Piece(p.id(), p.dressId(), p.title(), p.price(), p.salePrice().orElse(null), p.status())).toList();
            return new Found(slice, all.size());
        });
    }

    private static Set<String> stems(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(w -> !w.isEmpty())
                .map(InMemoryProductSearch::stem)
                .collect(Collectors.toSet());
    }

    private static String stem(String word) {
        String w = word;
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
