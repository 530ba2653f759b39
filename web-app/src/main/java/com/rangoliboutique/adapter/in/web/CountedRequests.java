package com.rangoliboutique.adapter.in.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/**
 * Which requests are a person looking: not a link-preview or search crawler (by its User-Agent), not a browser
 * fetching a page ahead in case it is opened ({@code Sec-Purpose: prefetch}, {@code Purpose: prefetch}). No
 * User-Agent at all is a script, not a browser. Case-insensitive, without allocating: this runs on every page view.
 */
final class CountedRequests {

    /** WhatsApp, Telegram, Facebook, Google, Bing, Slack and Twitter previews, then any self-declared robot. */
    private static final String[] NOT_PEOPLE = {"whatsapp", "telegrambot", "facebookexternalhit", "googlebot",
        "bingbot", "slackbot", "twitterbot", "bot", "crawler", "spider", "preview"};

    private CountedRequests() {
    }

    static boolean byAPerson(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        String agent = headers.get(HttpHeaders.USER_AGENT);
        if (agent == null || agent.isBlank()) {
            return false;
        }
        for (String marker : NOT_PEOPLE) {
            if (containsIgnoringCase(agent, marker)) {
                return false;
            }
        }
        return !prefetch(headers.get("Sec-Purpose")) && !prefetch(headers.get("Purpose"))
                && !prefetch(headers.get("X-Purpose")) && !prefetch(headers.get("X-Moz"));
    }

    private static boolean prefetch(String purpose) {
        return purpose != null && (containsIgnoringCase(purpose, "prefetch")
                || containsIgnoringCase(purpose, "prerender") || containsIgnoringCase(purpose, "preview"));
    }

    /** {@code marker} is lower case. */
    static boolean containsIgnoringCase(String text, String marker) {
        int last = text.length() - marker.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, marker, 0, marker.length())) {
                return true;
            }
        }
        return false;
    }
}
