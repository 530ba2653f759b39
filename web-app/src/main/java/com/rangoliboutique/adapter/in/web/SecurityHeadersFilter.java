package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.out.ImageStore;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;

/**
 * Every response: a Content-Security-Policy without {@code unsafe-inline} (scripts and styles only from our own
 * files; images also from the public image host), no MIME sniffing, no framing, a strict referrer policy, and HSTS
 * when the shop is served over https.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    private final String csp;
    private final boolean https;

    SecurityHeadersFilter(ImageStore store, CatalogWebProperties properties) {
        String imageOrigin = origin(store.publicBaseUrl());
        this.csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'"
                + (imageOrigin == null ? "" : " " + imageOrigin)
                + "; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        this.https = properties.url() != null && properties.url().startsWith("https://");
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", csp);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** {@code https://cdn.example.com} of an absolute URL; null for relative ones (served by us). */
    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
