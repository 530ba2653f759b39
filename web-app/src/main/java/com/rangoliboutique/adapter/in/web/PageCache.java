package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import jakarta.inject.Singleton;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered public pages, kept in memory so the catalog is served nearly as fast as a file. Every process asks the
 * database every {@code shop.refresh-interval} (250 ms) for the catalog's fingerprint; when it changed — a product
 * published, edited, hidden or sold out, a new rate or WhatsApp number, from this process or any other — every page
 * is dropped, so a change shows everywhere within about a quarter of a second. Pages also expire after
 * {@code shop.page-ttl}, so "New" badges age. The number of pages is bounded: when full, the cache starts over.
 */
@Singleton
public class PageCache {

    private static final Logger LOG = LoggerFactory.getLogger(PageCache.class);

    private final ConcurrentHashMap<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final BrowseCatalogUseCase catalog;
    private final int maxEntries;
    private final long ttlNanos;
    private final ScheduledExecutorService poller;
    private volatile String fingerprint;
    private volatile boolean pollFailing;

    PageCache(BrowseCatalogUseCase catalog, CatalogWebProperties properties) {
        this.catalog = catalog;
        this.maxEntries = Math.max(properties.pageCacheEntries(), 1);
        this.ttlNanos = properties.pageTtl().toNanos();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "catalog-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(properties.refreshInterval().toMillis(), 10);
        poller.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    /** The cached page, or one made now by {@code render} (and kept unless the catalog changed meanwhile). */
    public CachedPage get(String key, Supplier<CachedPage> render) {
        CachedPage page = peek(key);
        if (page != null) {
            return page;
        }
        long before = generation.get();
        page = render.get();
        if (pages.size() >= maxEntries) {
            pages.clear();
        }
        if (generation.get() == before) {
            pages.put(key, page);
            if (generation.get() != before) {
                pages.remove(key, page); // the catalog changed while it was stored
            }
        }
        return page;
    }

    /** Cached, without rendering: for the fast path that must not block. */
    public CachedPage peek(String key) {
        CachedPage page = pages.get(key);
        return page != null && System.nanoTime() - page.createdNanos() < ttlNanos ? page : null;
    }

    public void clear() {
        generation.incrementAndGet();
        pages.clear();
    }

    int size() {
        return pages.size();
    }

    void refresh() {
        try {
            String now = catalog.fingerprint();
            if (!now.equals(fingerprint)) {
                if (fingerprint != null) {
                    LOG.debug("catalog changed: {} cached pages dropped", pages.size());
                }
                clear();
                fingerprint = now;
            }
            if (pollFailing) {
                LOG.info("catalog change checks work again");
                pollFailing = false;
            }
        } catch (RuntimeException e) {
            // the database is away: keep serving what is cached; pages that need it fail on their own
            if (!pollFailing) {
                LOG.warn("cannot check the catalog for changes: {}", e.toString());
                pollFailing = true;
            }
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
