package com.rangoliboutique.domain.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The stemmed words of a product's title, tags and description, kept small: sorted, distinct, in one array. */
public final class SearchWords {

    public static final SearchWords NONE = new SearchWords(new String[0]);

    private final String[] words;

    private SearchWords(String[] sortedDistinct) {
        this.words = sortedDistinct;
    }

    public static SearchWords of(Collection<String> words) {
        if (words.isEmpty()) {
            return NONE;
        }
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        int distinct = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (!sorted[i].equals(sorted[distinct - 1])) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new SearchWords(distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct));
    }

    public boolean contains(String word) {
        return Arrays.binarySearch(words, word) >= 0;
    }

    public boolean containsPrefix(String prefix) {
        int at = Arrays.binarySearch(words, prefix);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        return next < words.length && words[next].startsWith(prefix);
    }

    public List<String> asList() {
        return List.of(words);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchWords w && Arrays.equals(words, w.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return Arrays.toString(words);
    }
}
