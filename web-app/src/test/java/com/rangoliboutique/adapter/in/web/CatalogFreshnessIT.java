package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.EditProductUseCase;
import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductPatch;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages are served from memory, yet a change the owner makes from Telegram shows on every page of every web process
 * at once (the product promises within a second): two web apps on one database, their caches warm, then the owner's
 * use cases run in one of them.
 */
@MicronautTest(environments = "test", startApplication = false, transactional = false) // migrates the database
class CatalogFreshnessIT extends PostgresIT {

    /**
     * The spec's "within 1 s" is the product's promise on a quiet server (it takes tens of milliseconds there); on a
     * loaded 2-core build machine a request alone can take longer than that. What the test must tell apart is a page
     * told about the change from a page that merely expired: pages here live {@link #PAGE_TTL}, so a change that shows
     * within 10 s was pushed, and 10 s does not flake under load.
     */
    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String PAGE_TTL = "10m";

    private static EmbeddedServer start() {
        Map<String, Object> props = new HashMap<>(TestInfrastructure.properties());
        props.put("micronaut.server.port", -1);
        props.put("shop.public-requests-per-minute", 0);
        props.put("shop.page-ttl", PAGE_TTL);
        return ApplicationContext.run(EmbeddedServer.class, props, "test");
    }

    @Test
    void theOwnersChangesReachEveryWebProcessAtOnce() throws Exception {
        try (EmbeddedServer one = start(); EmbeddedServer two = start()) {
            ApplicationContext owner = one.getApplicationContext();
            ShopFixture shop = new ShopFixture(owner.getBean(Products.class));
            Product saree = shop.published("Red Banarasi Silk Saree", 12_500, "saree");
            Product dress = shop.published("Pink Anarkali Dress", 4_500, "dress");
            String sareePage = "/d/" + saree.dressId();
            List<URI> processes = List.of(one.getURI(), two.getURI());
            awaitEverywhere(processes, "/", html -> html.contains("Red Banarasi Silk Saree"), Duration.ofSeconds(5));
            awaitEverywhere(processes, sareePage, html -> html.contains("~$151"), Duration.ofSeconds(5));
            awaitEverywhere(processes, "/?category=dress", html -> html.contains("Pink Anarkali Dress"),
                    Duration.ofSeconds(5));

            owner.getBean(UpdateShopSettingsUseCase.class).changeUsdFxRate(1L, new BigDecimal("90"));
            awaitEverywhere(processes, sareePage, html -> html.contains("~$139"), WITHIN);
            awaitEverywhere(processes, "/", html -> html.contains("~$139"), WITHIN);

            owner.getBean(ChangeProductStatusUseCase.class).change(
                    new ChangeProductStatusCommand(1L, saree.dressId(), ProductAction.MARK_SOLD_OUT));
            awaitEverywhere(processes, sareePage, html -> html.contains("Ask about a similar piece"), WITHIN);
            awaitEverywhere(processes, "/", html -> html.contains("<span class=\"badge sold\">Sold out</span>"), WITHIN);

            owner.getBean(ChangeProductStatusUseCase.class).change(
                    new ChangeProductStatusCommand(1L, dress.dressId(), ProductAction.HIDE));
            awaitEverywhere(processes, "/?category=dress", html -> !html.contains("Pink Anarkali Dress"), WITHIN);
            awaitStatusEverywhere(processes, "/d/" + dress.dressId(), 404, WITHIN);

            owner.getBean(EditProductUseCase.class).edit(1L, saree.dressId(),
                    ProductPatch.empty().withTitle("Crimson Banarasi Silk Saree"));
            awaitEverywhere(processes, sareePage, html -> html.contains("<h1>Crimson Banarasi Silk Saree</h1>"), WITHIN);
        }
    }

    @Test
    void aRenamedShopShowsOnEveryCachedPageOfEveryProcessAtOnce() throws Exception {
        try (EmbeddedServer one = start(); EmbeddedServer two = start()) {
            ShopFixture shop = new ShopFixture(one.getApplicationContext().getBean(Products.class));
            Product saree = shop.published("Red Banarasi Silk Saree", 12_500, "saree");
            String sareePage = "/d/" + saree.dressId();
            List<URI> processes = List.of(one.getURI(), two.getURI());
            for (String path : List.of("/", sareePage, "/d/D-9999")) {
                awaitEverywhere(processes, path, html -> html.contains(">Rangoli Boutique</a>"), Duration.ofSeconds(5));
            }

            UpdateShopSettingsUseCase owner = two.getApplicationContext().getBean(UpdateShopSettingsUseCase.class);
            owner.changeShopName(1L, "Lakshmi & Co.");
            owner.changeOwnerName(1L, "Lakshmi");
            owner.changeTagline(1L, "Handloom from Jaipur");

            for (String path : List.of("/", sareePage, "/d/D-9999")) {
                awaitEverywhere(processes, path, html -> html.contains(">Lakshmi &amp; Co.</a>")
                        && html.contains("<span class=\"tagline\">Handloom from Jaipur</span>"), WITHIN);
            }
            awaitEverywhere(processes, sareePage, html -> html.contains("text=Hi%20Lakshmi%2C%20I%20want%20Dress%20"
                    + saree.dressId() + "%20from%20Lakshmi%20%26%20Co.%0A"), WITHIN);
        }
    }

    @Test
    void aChangeMadeByHandInSqlShowsEverywhereAlsoWhenTheListenerIsKilled() throws Exception {
        try (EmbeddedServer one = start(); EmbeddedServer two = start()) {
            ShopFixture shop = new ShopFixture(one.getApplicationContext().getBean(Products.class));
            Product saree = shop.published("Red Banarasi Silk Saree", 12_500, "saree");
            String sareePage = "/d/" + saree.dressId();
            List<URI> processes = List.of(one.getURI(), two.getURI());
            awaitEverywhere(processes, sareePage, html -> html.contains("Red Banarasi Silk Saree"), Duration.ofSeconds(5));
            awaitEverywhere(processes, "/", html -> html.contains("Red Banarasi Silk Saree"), Duration.ofSeconds(5));

            sql("UPDATE products SET title = 'Fixed By Hand Saree' WHERE id = " + saree.id());
            awaitEverywhere(processes, sareePage, html -> html.contains("<h1>Fixed By Hand Saree</h1>"), WITHIN);
            awaitEverywhere(processes, "/", html -> html.contains("Fixed By Hand Saree"), WITHIN);
            sql("UPDATE settings SET value = '100' WHERE key = 'usd_fx_rate'");
            awaitEverywhere(processes, sareePage, html -> html.contains("~$125"), WITHIN);

            // both processes lose their listening connection: they poll until they listen again
            sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'rangoli-catalog-listener'");
            sql("UPDATE products SET status = 'SOLD_OUT' WHERE id = " + saree.id());
            awaitEverywhere(processes, sareePage, html -> html.contains("Ask about a similar piece"), WITHIN);
            sql("UPDATE products SET price_inr = 1100000 WHERE id = " + saree.id());
            awaitEverywhere(processes, "/", html -> html.contains("₹11,000"), WITHIN);
        }
    }

    @Test
    void aProductsChangeLeavesTheOtherProductsPagesCached() throws Exception {
        try (EmbeddedServer one = start()) {
            ShopFixture shop = new ShopFixture(one.getApplicationContext().getBean(Products.class));
            Product saree = shop.published("Red Banarasi Silk Saree", 12_500, "saree");
            Product dress = shop.published("Pink Anarkali Dress", 4_500, "dress");
            List<URI> process = List.of(one.getURI());
            awaitEverywhere(process, "/d/" + dress.dressId(), html -> html.contains("Pink Anarkali"), Duration.ofSeconds(5));
            awaitEverywhere(process, "/", html -> html.contains("Pink Anarkali"), Duration.ofSeconds(5));
            io.micrometer.core.instrument.MeterRegistry metrics =
                    one.getApplicationContext().getBean(io.micrometer.core.instrument.MeterRegistry.class);
            double productRenders = metrics.counter("rangoli.page.renders", "kind", "product").count();

            sql("UPDATE products SET title = 'Crimson Banarasi Silk Saree' WHERE id = " + saree.id());
            awaitEverywhere(process, "/", html -> html.contains("Crimson Banarasi"), WITHIN);
            ShopFixture.get(one.getURI(), "/d/" + dress.dressId());

            assertTrue(metrics.counter("rangoli.page.renders", "kind", "product").count() == productRenders,
                    "the dress's page was served from the cache");
        }
    }

    private static void awaitEverywhere(List<URI> processes, String path, Predicate<String> shows, Duration within)
            throws InterruptedException {
        long start = System.nanoTime();
        for (URI process : processes) {
            while (!shows.test(ShopFixture.get(process, path).body())) {
                long waited = System.nanoTime() - start;
                assertTrue(waited < within.toNanos(), path + " on " + process + " still old after " + within);
                Thread.sleep(20);
            }
        }
    }

    private static void awaitStatusEverywhere(List<URI> processes, String path, int status, Duration within)
            throws InterruptedException {
        awaitEverywhere(processes, path, html -> html.contains("Error " + status), within);
    }
}
