package com.rangoliboutique.domain.catalog;

import java.util.List;

/**
 * A buyer's search words as the catalog's full-text search reads them: stemmed words ("sarees" → {@code saree}) joined
 * by and / or / not, matched against the stemmed words of a product's title, tags and description.
 *
 * <p>Words in quotes ({@code "red silk"}) and hyphenated words are phrases in the database's search; here a phrase
 * matches a piece that has all of its words — a few more pieces, never fewer.
 */
public sealed interface SearchTerms {

    /** Nothing to look for (only stop words such as "the"): matches no product. */
    SearchTerms NOTHING = new Nothing();

    boolean matches(SearchWords words);

    /** A stemmed word; {@code prefix} also matches words that start with it. */
    record Word(String word, boolean prefix) implements SearchTerms {
        @Override
        public boolean matches(SearchWords words) {
            return prefix ? words.containsPrefix(word) : words.contains(word);
        }
    }

    record All(List<SearchTerms> terms) implements SearchTerms {
        public All {
            terms = List.copyOf(terms);
        }

        @Override
        public boolean matches(SearchWords words) {
            for (SearchTerms term : terms) {
                if (!term.matches(words)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Any(List<SearchTerms> terms) implements SearchTerms {
        public Any {
            terms = List.copyOf(terms);
        }

        @Override
        public boolean matches(SearchWords words) {
            for (SearchTerms term : terms) {
                if (term.matches(words)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(SearchTerms term) implements SearchTerms {
        @Override
        public boolean matches(SearchWords words) {
            return !term.matches(words);
        }
    }

    record Nothing() implements SearchTerms {
        @Override
        public boolean matches(SearchWords words) {
            return false;
        }
    }
}
