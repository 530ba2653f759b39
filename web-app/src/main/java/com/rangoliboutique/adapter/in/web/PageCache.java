package com.rangoliboutique.adapter.in.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.CatalogChange;
import com.rangoliboutique.domain.product.DressId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Rendered public pages, kept in memory so the catalog is served nearly as fast as a file.
 *
 * <ul>
 *   <li>Bounded by {@code shop.page-cache-entries} with Caffeine's W-TinyLFU eviction: pages asked for often stay
 *       while a crawler's one-off filter links come and go.</li>
 *   <li>Concurrent requests for a page that is not cached wait for one rendering of it.</li>
 *   <li>A change to what buyers see (from Telegram, another process or by hand in SQL) drops what it can affect once
 *       the catalog shows it: a product's change drops its own pages and the catalog's lists; a settings change
 *       drops everything. Pages also expire after {@code shop.page-ttl}, so "New" badges age.</li>
 *   <li>Size, hits, misses and evictions are metrics ({@code cache_*{cache="pages"}}), renders by kind are
 *       {@code rangoli_page_renders_total{kind=home|catalog|product|other}}.</li>
 * </ul>
 */
@Singleton
public class PageCache {

    static final String CATALOG_PREFIX = "/?";
    static final String HOME = CATALOG_PREFIX;
    static final String PRODUCT_PREFIX = "/d/";

    private final AsyncCache<String, CachedPage> pages;
    private final BrowseCatalogUseCase catalog;
    private final Counter homeRenders;
    private final Counter catalogRenders;
    private final Counter productRenders;
    private final Counter otherRenders;

    PageCache(BrowseCatalogUseCase catalog, CatalogWebProperties properties, MeterRegistry metrics) {
        this.catalog = catalog;
        this.pages = CaffeineCacheMetrics.monitor(metrics, Caffeine.newBuilder()
                .maximumSize(Math.max(properties.pageCacheEntries(), 1))
                .expireAfterWrite(properties.pageTtl())
                .recordStats()
                .<String, CachedPage>buildAsync(), "pages");
        this.homeRenders = renders(metrics, "home");
        this.catalogRenders = renders(metrics, "catalog");
        this.productRenders = renders(metrics, "product");
        this.otherRenders = renders(metrics, "other");
        catalog.subscribe(this::changed);
    }

    private static Counter renders(MeterRegistry metrics, String kind) {
        return Counter.builder("rangoli.page.renders").tag("kind", kind)
                .description("Public pages rendered (not served from the page cache)").register(metrics);
    }

    /**
     * The cached page, or the one being rendered for another request, or a new rendering by {@code render} on
     * {@code executor}. A rendering that fails is not kept.
     */
    CompletableFuture<CachedPage> get(String key, Supplier<CachedPage> render, Executor executor) {
        CompletableFuture<CachedPage> cached = pages.getIfPresent(key); // counts the hit or the miss
        if (cached != null && !cached.isCompletedExceptionally()) {
            return cached;
        }
        // a failed rendering leaves the cache by itself, but only once Caffeine's callback on it has run: until then
        // it is replaced here rather than handed out again
        return pages.asMap().compute(key, (k, existing) -> existing != null && !existing.isCompletedExceptionally()
                ? existing
                : CompletableFuture.supplyAsync(() -> {
                    counter(k).increment();
                    return render.get();
                }, executor));
    }

    /** Drops every page and reads the catalog again now: for changes made behind the catalog's back (tests). */
    public void clear() {
        catalog.refresh();
        pages.synchronous().invalidateAll();
    }

    long size() {
        pages.synchronous().cleanUp();
        return pages.synchronous().estimatedSize();
    }

    private void changed(CatalogChange change) {
        if (change.everything()) {
            pages.synchronous().invalidateAll();
            return;
        }
        pages.asMap().keySet().removeIf(key -> !key.startsWith(PRODUCT_PREFIX) || affects(change, key));
    }

    /** A product page's key is {@code /d/D-1042} or {@code /d/D-1042?{picks}}. */
    private static boolean affects(CatalogChange change, String key) {
        for (DressId id : change.products()) {
            String page = PRODUCT_PREFIX + id.value();
            if (key.startsWith(page) && (key.length() == page.length() || key.charAt(page.length()) == '?')) {
                return true;
            }
        }
        return false;
    }

    private Counter counter(String key) {
        if (key.equals(HOME)) {
            return homeRenders;
        }
        if (key.startsWith(CATALOG_PREFIX)) {
            return catalogRenders;
        }
        return key.startsWith(PRODUCT_PREFIX) ? productRenders : otherRenders;
    }
}
