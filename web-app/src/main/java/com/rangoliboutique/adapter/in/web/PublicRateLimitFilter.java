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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public pages: {@code shop.public-requests-per-minute} (60) requests a minute per client address, shared by every web
 * process through Redis; over it, a 429 page with {@code Retry-After}.
 *
 * <p>A Redis round trip on every page view would cost more than serving the page (measured: throughput fell to a
 * quarter), so each process counts in memory and, every {@link #SYNC_EVERY}, adds its new counts to the shared Redis
 * counters in one pipelined call, learning the totals from every process. A buyer is refused once the shared total
 * plus this process's not-yet-shared count reaches the limit; with several processes a buyer may get a few requests
 * more than the limit within one sync interval. While Redis cannot be reached each process still limits on its own
 * counts.
 */
@ServerFilter(patterns = {"/", "/d/**", "/sitemap.xml", "/robots.txt"})
public class PublicRateLimitFilter implements Ordered {

    static final Duration SYNC_EVERY = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(PublicRateLimitFilter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimits limits;
    private final ClientAddresses clients;
    private final ErrorPages errors;
    private final int perMinute;
    private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sync;
    private volatile boolean syncFailing;

    /** One address's requests in its current window, as this process knows them. */
    private static final class Count {
        final AtomicLong unshared = new AtomicLong();
        volatile long shared;
        volatile long windowEndsNanos = System.nanoTime() + WINDOW.toNanos();
        volatile boolean touched = true;

        long estimate() {
            return shared + unshared.get();
        }
    }

    PublicRateLimitFilter(RateLimits limits, ClientAddresses clients, ErrorPages errors,
                          CatalogWebProperties properties) {
        this.limits = limits;
        this.clients = clients;
        this.errors = errors;
        this.perMinute = properties.publicRequestsPerMinute();
        this.sync = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rate-limit-sync");
            thread.setDaemon(true);
            return thread;
        });
        if (perMinute > 0) {
            sync.scheduleWithFixedDelay(this::share, SYNC_EVERY.toMillis(), SYNC_EVERY.toMillis(),
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
        String client = clients.of(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For"));
        long now = System.nanoTime();
        Count count = counts.compute(client, (k, c) -> c == null || now - c.windowEndsNanos > 0 ? new Count() : c);
        count.touched = true;
        if (count.estimate() >= perMinute) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(count.windowEndsNanos - now + 999_999_999L));
            return PageResponses.send(request, errors.tooManyRequests(), "no-store")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        count.unshared.incrementAndGet();
        return null;
    }

    /** Adds this process's new counts to Redis and learns the totals of every process. */
    void share() {
        long now = System.nanoTime();
        counts.entrySet().removeIf(e -> !e.getValue().touched && now - e.getValue().windowEndsNanos > 0);
        Map<String, Long> increments = new HashMap<>();
        Map<String, Count> sent = new HashMap<>();
        counts.forEach((client, count) -> {
            // new requests to share, or an address near the limit whose total other processes may be raising
            if (count.touched || count.unshared.get() > 0 || count.estimate() * 2 >= perMinute) {
                count.touched = false;
                increments.put("public:" + client, count.unshared.getAndSet(0));
                sent.put("public:" + client, count);
            }
        });
        if (increments.isEmpty()) {
            return;
        }
        try {
            limits.addAll(increments, WINDOW).forEach((key, shared) -> {
                Count count = sent.get(key);
                count.shared = shared.count();
                count.windowEndsNanos = now + shared.remaining().toNanos();
            });
            if (syncFailing) {
                LOG.info("rate limit counts are shared through Redis again");
                syncFailing = false;
            }
        } catch (RuntimeException e) {
            sent.forEach((key, count) -> count.unshared.addAndGet(increments.get(key))); // kept for the next try
            if (!syncFailing) {
                LOG.warn("rate limit counts not shared (Redis unreachable?), each process limits on its own: {}",
                        e.toString());
                syncFailing = true;
            }
        }
    }

    @PreDestroy
    void stop() {
        sync.shutdownNow();
    }
}
