package com.rangoliboutique.adapter.in.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * The buyers' side of the web app (README "Configuration").
 *
 * @param url                     the shop's public address ({@code APP_URL}); blank = http://localhost:PORT
 * @param trustedProxies          addresses or CIDR ranges of proxies whose {@code X-Forwarded-For} is believed
 * @param publicRequestsPerMinute requests per client address per minute on the public pages; 0 turns the limit off
 * @param pageCacheEntries        rendered pages kept in memory (per process)
 * @param pageTtl                 the longest a rendered page is kept even without changes ("New" badges age)
 */
@ConfigurationProperties("shop")
public record CatalogWebProperties(
        @Bindable(defaultValue = "") String url,
        @Bindable(defaultValue = "") List<String> trustedProxies,
        @Bindable(defaultValue = "60") int publicRequestsPerMinute,
        @Bindable(defaultValue = "2000") int pageCacheEntries,
        @Bindable(defaultValue = "60s") Duration pageTtl) {
}
