package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.in.CountVisitsUseCase;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;

/**
 * Counts a view for each catalog page ({@code GET /…}) and product page ({@code GET /d/D-1042…}) answered 200 or 304
 * to a person: not HEAD, redirects, 404s or 429s; not a link-preview or search crawler (by its User-Agent), not a
 * browser fetching a page ahead in case it is opened ({@code Sec-Purpose: prefetch}, {@code Purpose: prefetch}); no
 * User-Agent at all is a script, not a browser. The controllers call it on the response they send — no filter, no
 * allocation beyond the count: this runs on every cached page. Off with {@code STATS_ENABLED=false}.
 */
@Singleton
class CountedRequests {

    /** WhatsApp, Telegram, Facebook, Google, Bing, Slack and Twitter previews, then any self-declared robot. */
    private static final String[] NOT_PEOPLE = {"whatsapp", "telegrambot", "facebookexternalhit", "googlebot",
        "bingbot", "slackbot", "twitterbot", "bot", "crawler", "spider", "preview"};

    private final CountVisitsUseCase visits;
    private final boolean enabled;

    CountedRequests(CountVisitsUseCase visits, @Value("${stats.enabled:true}") boolean enabled) {
        this.visits = visits;
        this.enabled = enabled;
    }

    /** Counts the catalog page, once it is answered. */
    CompletableFuture<MutableHttpResponse<?>> catalog(HttpRequest<?> request,
                                                      CompletableFuture<MutableHttpResponse<?>> response) {
        return count(request, response, null);
    }

    /** Counts the product page of {@code dressId}, once it is answered. */
    CompletableFuture<MutableHttpResponse<?>> product(HttpRequest<?> request, DressId dressId,
                                                      CompletableFuture<MutableHttpResponse<?>> response) {
        return count(request, response, dressId);
    }

    private CompletableFuture<MutableHttpResponse<?>> count(HttpRequest<?> request,
                                                            CompletableFuture<MutableHttpResponse<?>> response,
                                                            DressId dressId) {
        if (!enabled || request.getMethod() != HttpMethod.GET || !byAPerson(request)) {
            return response;
        }
        if (response.isDone() && !response.isCompletedExceptionally()) { // the cached page: no extra stage
            seen(response.join(), dressId);
            return response;
        }
        return response.thenApply(sent -> {
            seen(sent, dressId);
            return sent;
        });
    }

    private void seen(MutableHttpResponse<?> response, DressId dressId) {
        int status = response.code();
        if (status == 200 || status == 304) {
            if (dressId == null) {
                visits.catalogViewed();
            } else {
                visits.viewed(dressId);
            }
        }
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
        char first = marker.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, marker, 0, marker.length())) {
                return true;
            }
        }
        return false;
    }
}
