package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.out.RateLimits;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Public pages: {@code shop.public-requests-per-minute} (60) requests a minute per client address, counted in Redis
 * so every web process shares the count. Over it: a 429 page with {@code Retry-After}. If Redis cannot be reached the
 * pages are served without the limit (and the check is skipped for a few seconds rather than waiting on it).
 */
@ServerFilter(patterns = {"/", "/d/**", "/sitemap.xml", "/robots.txt"})
public class PublicRateLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PublicRateLimitFilter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final long PAUSE_AFTER_FAILURE_NANOS = Duration.ofSeconds(5).toNanos();

    private final RateLimits limits;
    private final ClientAddresses clients;
    private final ErrorPages errors;
    private final int perMinute;
    private volatile boolean paused;
    private volatile long pausedUntil;

    PublicRateLimitFilter(RateLimits limits, ClientAddresses clients, ErrorPages errors,
                          CatalogWebProperties properties) {
        this.limits = limits;
        this.clients = clients;
        this.errors = errors;
        this.perMinute = properties.publicRequestsPerMinute();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100; // after the security headers, which wrap every response
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (perMinute <= 0 || paused && System.nanoTime() - pausedUntil < 0) {
            return null;
        }
        String client = clients.of(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For"));
        RateLimits.Decision decision;
        try {
            decision = limits.tryAcquire("public:" + client, perMinute, WINDOW);
        } catch (RuntimeException e) {
            pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE_NANOS;
            paused = true;
            LOG.warn("rate limit not checked (Redis unreachable?): {}", e.toString());
            return null;
        }
        if (decision.allowed()) {
            return null;
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        return PageResponses.send(request, errors.tooManyRequests(), "no-store")
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
}
