package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.out.RateLimits;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.annotation.PreDestroy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Public pages: {@code shop.public-requests-per-minute} (60) requests a minute per client address, shared by every web
 * process through Redis; over it, a 429 page with {@code Retry-After}.
 *
 * <p>A Redis round trip on every page view would cost more than serving the page (measured: throughput fell to a
 * quarter), so each process counts in memory ({@link SharedRateCounter}) and, every {@link #SYNC_EVERY}, adds its new
 * counts to the shared Redis counters in one pipelined call, learning the totals from every process. With several
 * processes a buyer may get a few requests more than the limit within one sync interval. While Redis cannot be
 * reached each process still limits on its own counts.
 */
@ServerFilter(patterns = {"/", "/d/**", "/list", "/sitemap.xml", "/robots.txt"})
public class PublicRateLimitFilter implements Ordered {

    static final Duration SYNC_EVERY = Duration.ofMillis(100);

    private final ClientAddresses clients;
    private final ErrorPages errors;
    private final int perMinute;
    private final SharedRateCounter counter;
    private final ScheduledExecutorService sync;

    PublicRateLimitFilter(RateLimits limits, ClientAddresses clients, ErrorPages errors,
                          CatalogWebProperties properties) {
        this.clients = clients;
        this.errors = errors;
        this.perMinute = properties.publicRequestsPerMinute();
        this.counter = new SharedRateCounter(limits, perMinute, System::nanoTime);
        this.sync = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rate-limit-sync");
            thread.setDaemon(true);
            return thread;
        });
        if (perMinute > 0) {
            sync.scheduleWithFixedDelay(counter::share, SYNC_EVERY.toMillis(), SYNC_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100; // after the security headers, which wrap every response
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (perMinute <= 0) {
            return null;
        }
        long retryAfter = counter.tryAcquire(
                clients.of(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For")));
        if (retryAfter == 0) {
            return null;
        }
        return PageResponses.send(request, errors.tooManyRequests(), "no-store")
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
    }

    /** Shares the counts now instead of at the next tick (tests of several processes). */
    void shareNow() {
        counter.share();
    }

    @PreDestroy
    void stop() {
        sync.shutdownNow();
    }
}
