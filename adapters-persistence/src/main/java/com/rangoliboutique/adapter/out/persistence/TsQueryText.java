package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.domain.catalog.SearchTerms;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads PostgreSQL's text form of a {@code tsquery} ({@code 'red' & ( 'silk' | !'cotton' )}, phrases as
 * {@code 'half' <-> 'sare'}) into {@link SearchTerms}. Priorities as PostgreSQL's: {@code !} binds tightest, then the
 * phrase operators, then {@code &}, then {@code |}. A phrase becomes "all of these words".
 */
final class TsQueryText {

    private final String text;
    private int at;

    private TsQueryText(String text) {
        this.text = text;
    }

    static SearchTerms parse(String tsquery) {
        if (tsquery == null || tsquery.isBlank()) {
            return SearchTerms.NOTHING;
        }
        TsQueryText parser = new TsQueryText(tsquery);
        SearchTerms terms = parser.or();
        parser.skipSpaces();
        if (parser.at != tsquery.length()) {
            throw parser.error("unexpected text");
        }
        return terms;
    }

    private SearchTerms or() {
        List<SearchTerms> any = new ArrayList<>(List.of(and()));
        while (accept("|")) {
            any.add(and());
        }
        return any.size() == 1 ? any.get(0) : new SearchTerms.Any(any);
    }

    private SearchTerms and() {
        List<SearchTerms> all = new ArrayList<>(List.of(phrase()));
        while (accept("&")) {
            all.add(phrase());
        }
        return all.size() == 1 ? all.get(0) : new SearchTerms.All(all);
    }

    private SearchTerms phrase() {
        List<SearchTerms> all = new ArrayList<>(List.of(not()));
        while (acceptDistance()) {
            all.add(not());
        }
        return all.size() == 1 ? all.get(0) : new SearchTerms.All(all);
    }

    private SearchTerms not() {
        if (accept("!")) {
            return new SearchTerms.Not(not());
        }
        if (accept("(")) {
            SearchTerms inner = or();
            if (!accept(")")) {
                throw error("')' expected");
            }
            return inner;
        }
        return word();
    }

    private SearchTerms word() {
        skipSpaces();
        if (at >= text.length() || text.charAt(at) != '\'') {
            throw error("a quoted word expected");
        }
        StringBuilder word = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("unclosed quote");
            }
            char ch = text.charAt(at++);
            if (ch == '\'') {
                if (at < text.length() && text.charAt(at) == '\'') {
                    word.append('\'');
                    at++;
                } else {
                    break;
                }
            } else if (ch == '\\' && at < text.length()) {
                word.append(text.charAt(at++));
            } else {
                word.append(ch);
            }
        }
        boolean prefix = false;
        if (at < text.length() && text.charAt(at) == ':') { // weights and prefix: ':*', ':AB', ':*A'
            at++;
            while (at < text.length() && "*ABCDabcd".indexOf(text.charAt(at)) >= 0) {
                prefix |= text.charAt(at) == '*';
                at++;
            }
        }
        return new SearchTerms.Word(word.toString(), prefix);
    }

    /** {@code <->} or {@code <N>}. */
    private boolean acceptDistance() {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == '<') {
            int close = text.indexOf('>', at);
            if (close < 0) {
                throw error("'>' expected");
            }
            at = close + 1;
            return true;
        }
        return false;
    }

    private boolean accept(String token) {
        skipSpaces();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("cannot read tsquery " + text + " at " + at + ": " + what);
    }
}
