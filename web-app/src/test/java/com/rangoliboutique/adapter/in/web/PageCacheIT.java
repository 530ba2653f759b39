package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.application.port.out.Products;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page cache keeps what is asked for often while a crawler walks filter links, and renders a page once. */
@MicronautTest(environments = "test", transactional = false)
class PageCacheIT extends PostgresIT {

    private static final int ENTRIES = 100;

    @Inject
    EmbeddedServer server;
    @Inject
    PageCache cache;
    @Inject
    MeterRegistry metrics;
    @Inject
    Products products;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = super.getProperties();
        p.put("shop.public-requests-per-minute", "0");
        p.put("shop.page-cache-entries", String.valueOf(ENTRIES));
        return p;
    }

    private double renders(String kind) {
        return metrics.counter("rangoli.page.renders", "kind", kind).count();
    }

    @Test
    void concurrentRequestsForAPageNotCachedWaitForOneRendering() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<CachedPage>> waiting = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                waiting.add(cache.get("/?q=single-flight", () -> {
                    renderings.incrementAndGet();
                    rendering.countDown();
                    await(release);
                    return CachedPage.of(200, TemplateRenderer.HTML, "once".getBytes(StandardCharsets.UTF_8));
                }, pool));
            }
            assertTrue(rendering.await(10, TimeUnit.SECONDS));
            release.countDown();
            for (CompletableFuture<CachedPage> page : waiting) {
                assertEquals("once", new String(page.get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8));
            }
            assertEquals(1, renderings.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRenderingIsNotKept() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<CachedPage> failed = cache.get("/?q=fails-once", () -> {
                throw new IllegalStateException("database away");
            }, pool);
            assertTrue(failed.handle((page, e) -> e != null).get(10, TimeUnit.SECONDS));
            CachedPage retried = cache.get("/?q=fails-once",
                    () -> CachedPage.of(200, TemplateRenderer.HTML, new byte[]{'o', 'k'}), pool).get(10, TimeUnit.SECONDS);
            assertEquals(2, retried.body().length);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theHomePageAndAProductPageStayCachedWhileACrawlerWalksThousandsOfFilterLinks() throws Exception {
        ShopFixture shop = new ShopFixture(products);
        var saree = shop.published("Red Banarasi Silk Saree", 12_500, "saree");
        cache.clear();
        URI base = server.getURI();
        String product = "/d/" + saree.dressId();
        for (int i = 1; i <= ENTRIES; i++) { // a server that has been up a while: its cache is full
            assertEquals(200, ShopFixture.get(base, "/?max=" + (20_000 + i)).statusCode());
        }
        for (int i = 0; i < 10; i++) { // buyers keep opening the shop and its best piece
            assertEquals(200, ShopFixture.get(base, "/").statusCode());
            assertEquals(200, ShopFixture.get(base, product).statusCode());
        }
        double home = renders("home");
        double products = renders("product");
        double catalog = renders("catalog");

        int crawled = ENTRIES * 20;
        for (int i = 1; i <= crawled; i++) {
            assertEquals(200, ShopFixture.get(base, "/?min=" + i).statusCode());
            if (i % 100 == 0) { // buyers still come now and then
                assertEquals(200, ShopFixture.get(base, "/").statusCode());
                assertEquals(200, ShopFixture.get(base, product).statusCode());
            }
        }

        assertEquals(home, renders("home"), "/ was never rendered again");
        assertEquals(products, renders("product"), "the product page was never rendered again");
        assertEquals(catalog + crawled, renders("catalog"), "each crawled link rendered once");
        assertTrue(cache.size() <= ENTRIES + ENTRIES / 10, "bounded: " + cache.size());
        String scrape = ShopFixture.get(base, "/prometheus").body();
        assertTrue(scrape.contains("cache_evictions_total{cache=\"pages\""), scrape);
        assertTrue(scrape.contains("cache_gets_total{cache=\"pages\",result=\"hit\""), scrape);
        assertTrue(scrape.contains("cache_size{cache=\"pages\""), scrape);
        assertTrue(scrape.contains("rangoli_page_renders_total{kind=\"home\"}"), scrape);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
