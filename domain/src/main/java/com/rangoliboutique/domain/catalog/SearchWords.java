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
        String[] sorted = words.stream().distinct().sorted().toArray(String[]::new);
        return sorted.length == 0 ? NONE : new SearchWords(sorted);
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
