package com.rangoliboutique.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.Variant;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The buyers' pages over real HTTP, on a real database: what they show, what they refuse, how they are sent. */
@MicronautTest(environments = "test", transactional = false)
class CatalogPagesIT extends PostgresIT {

    /** Spec §7 "Example", byte for byte. */
    private static final String SPEC_EXAMPLE = "https://wa.me/919876543210?text=Hi%20Poonam%20Jain%2C%20I%20want%20Dress%20D-1042%20from%20Rangoli%20Boutique.%0AVariant%3A%20Red%20with%20Gold%20Border%0AShip%20to%3A%20%5Byour%20city%2C%20country%5D%0ALink%3A%20https%3A%2F%2Frangoliboutique.com%2Fd%2FD-1042";
    private static final Pattern ORDER_LINK = Pattern.compile("<a class=\"whatsapp\" id=\"order\" href=\"([^\"]*)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    PageCache cache;
    @Inject
    UpdateShopSettingsUseCase shopSettings;

    private ShopFixture shop;
    private URI base;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = super.getProperties();
        p.put("shop.url", "https://rangoliboutique.com");
        p.put("shop.public-requests-per-minute", "0");
        return p;
    }

    @BeforeEach
    void setUp() {
        shop = new ShopFixture(products);
        base = server.getURI();
    }

    /** The tests change the database faster than the 250 ms refresh; CatalogFreshnessIT tests the refresh itself. */
    private HttpResponse<String> get(String path, String... headers) {
        cache.clear();
        return ShopFixture.get(base, path, headers);
    }

    @Test
    void theCatalogShowsWhatIsOnSaleWithRupeesDollarsAndBadges() {
        shop.published("Red Banarasi Saree", 12_500, "saree");
        shop.product("Sold Chanderi Saree", 9_000, List.of("saree"), List.of(), List.of(), p -> {
            p.publish();
            p.markSoldOut();
        });
        shop.product("Secret Draft Lehenga", 5_000, List.of("lehenga"), List.of(), List.of(), p -> { });
        shop.product("Hidden Kurta", 5_000, List.of("kurta"), List.of(), List.of(), p -> {
            p.publish();
            p.hide();
        });

        HttpResponse<String> response = get("/");

        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        String html = response.body();
        assertTrue(html.contains("Red Banarasi Saree"));
        assertTrue(html.contains("₹12,500"));
        assertTrue(html.contains("~$151"), "12500 / 83.00 rounds to 151");
        assertTrue(html.indexOf("Red Banarasi Saree") < html.indexOf("Sold Chanderi Saree"));
        assertTrue(html.contains("<span class=\"badge sold\">Sold out</span>"));
        assertTrue(html.contains("<span class=\"badge new\">New</span>"));
        assertFalse(html.contains("Secret Draft Lehenga"));
        assertFalse(html.contains("Hidden Kurta"));
        assertFalse(html.contains("lehenga"), "filters offer only what visible products have");
        assertTrue(html.contains("<p class=\"count\" role=\"status\">2 pieces</p>"));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://rangoliboutique.com/\">"));
    }

    @Test
    void theProductPageCarriesTheSpecExampleLinkExactly() throws Exception {
        ShopFixture.nextDressNumber(1042);
        Product saree = shop.published("Red Banarasi Silk Saree", 12_500, "saree",
                new Variant("Color", "Red with Gold Border", 0), new Variant("Color", "Green", 1));
        assertEquals("D-1042", saree.dressId().value());

        String chosen = get("/d/D-1042?Color=Red+with+Gold+Border").body();
        assertEquals(SPEC_EXAMPLE, orderLink(chosen));
        assertTrue(chosen.contains("<option value=\"Red with Gold Border\" selected>Red with Gold Border</option>"));

        String plain = get("/d/D-1042").body();
        assertEquals(SPEC_EXAMPLE.replace("Red%20with%20Gold%20Border", "Not%20selected"), orderLink(plain));
        assertTrue(plain.contains(">Order on WhatsApp</a>"));
        assertTrue(plain.contains("<span class=\"inr\">₹12,500</span> <span class=\"usd\">~$151</span>"));
        // a pick that is not one of the options (an old or edited link) is ignored
        assertEquals(orderLink(plain), orderLink(get("/d/D-1042?Color=Blue&utm_source=x").body()));
    }

    @Test
    void aNewRateAndWhatsAppNumberShowOnEveryPage() throws Exception {
        ShopFixture.nextDressNumber(1042);
        shop.published("Red Banarasi Silk Saree", 12_500, "saree");
        assertTrue(get("/d/D-1042").body().contains("~$151"));

        shopSettings.changeUsdFxRate(1L, new BigDecimal("90"));
        shopSettings.changeWhatsappNumber(1L, "447700900123");

        String page = get("/d/D-1042").body();
        assertTrue(page.contains("~$139"), "12500 / 90");
        assertTrue(page.contains("at ₹90 to the dollar"));
        assertTrue(orderLink(page).startsWith("https://wa.me/447700900123?text="));
        assertTrue(get("/").body().contains("~$139"));
    }

    @Test
    void theOwnersShopNameOwnerAndTaglineShowOnEveryPageEscaped() throws Exception {
        ShopFixture.nextDressNumber(1042);
        shop.published("Red Banarasi Silk Saree", 12_500, "saree",
                new Variant("Color", "Red with Gold Border", 0));
        shopSettings.changeShopName(1L, "Lakshmi & Co.");
        shopSettings.changeOwnerName(1L, "लक्ष्मी");
        shopSettings.changeTagline(1L, "Handloom <script>alert(1)</script> from \"Jaipur\"");

        String product = get("/d/D-1042?Color=Red+with+Gold+Border").body();
        assertTrue(product.contains("<title>Red Banarasi Silk Saree · Lakshmi &amp; Co.</title>"), product);
        assertTrue(product.contains("<meta property=\"og:site_name\" content=\"Lakshmi &amp; Co.\">"));
        assertTrue(product.contains("<a class=\"brand\" href=\"/\">Lakshmi &amp; Co.</a>"));
        assertTrue(product.contains("<span class=\"tagline\">Handloom &lt;script&gt;alert(1)&lt;/script&gt; from"
                + " \"Jaipur\"</span>"), product);
        assertFalse(product.contains("<script>alert(1)"));
        assertFalse(product.contains("Rangoli Boutique"), "no trace of the old name");
        assertFalse(product.contains("Poonam"));
        JsonNode ld = jsonLd(product);
        assertEquals("Lakshmi & Co.", ld.at("/brand/name").asText());
        assertEquals("Organization", ld.at("/offers/seller/@type").asText());
        assertEquals("Lakshmi & Co.", ld.at("/offers/seller/name").asText());
        assertEquals("https://wa.me/919876543210?text=Hi%20%E0%A4%B2%E0%A4%95%E0%A5%8D%E0%A4%B7%E0%A5%8D%E0%A4%AE%E0%A5%80"
                + "%2C%20I%20want%20Dress%20D-1042%20from%20Lakshmi%20%26%20Co.%0AVariant%3A%20Red%20with%20Gold%20Border"
                + "%0AShip%20to%3A%20%5Byour%20city%2C%20country%5D%0ALink%3A%20https%3A%2F%2Frangoliboutique.com%2Fd"
                + "%2FD-1042", orderLink(product));

        String catalog = get("/").body();
        assertTrue(catalog.contains("<title>All pieces · Lakshmi &amp; Co.</title>"));
        assertTrue(catalog.contains("<a class=\"brand\" href=\"/\">Lakshmi &amp; Co.</a>"));
        assertTrue(catalog.contains("Sarees and dresses from Lakshmi &amp; Co. — "));
        JsonNode store = jsonLd(catalog);
        assertEquals("Store", store.get("@type").asText());
        assertEquals("Lakshmi & Co.", store.get("name").asText());
        assertEquals("Handloom <script>alert(1)</script> from \"Jaipur\"", store.get("description").asText());
        assertEquals("https://rangoliboutique.com/", store.get("url").asText());
        assertFalse(catalog.contains("Rangoli Boutique"));

        HttpResponse<String> missing = get("/no-such-page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<title>Page not found · Lakshmi &amp; Co.</title>"), missing.body());
        assertTrue(missing.body().contains("<a class=\"brand\" href=\"/\">Lakshmi &amp; Co.</a>"));
        assertTrue(get("/d/D-9999").body().contains("<meta property=\"og:site_name\" content=\"Lakshmi &amp; Co.\">"));
        assertTrue(get("/?min=abc").body().contains("<a class=\"brand\" href=\"/\">Lakshmi &amp; Co.</a>"));
    }

    @Test
    void withTheDefaultsThePagesNameTheSpecsShop() throws Exception {
        Product p = shop.published("Red Banarasi Silk Saree", 12_500, "saree");
        String html = get("/d/" + p.dressId()).body();

        assertTrue(html.contains("<meta property=\"og:site_name\" content=\"Rangoli Boutique\">"));
        assertTrue(html.contains("<a class=\"brand\" href=\"/\">Rangoli Boutique</a>"));
        assertTrue(html.contains("<span class=\"tagline\">Sarees &amp; dresses · order on WhatsApp</span>"));
        assertEquals("Rangoli Boutique", jsonLd(html).at("/offers/seller/name").asText());
    }

    @Test
    void aSoldOutPieceStaysReachableAndAsksForASimilarOne() throws IOException {
        Product sold = shop.product("Sold Chanderi Saree", 9_000, List.of("saree"), List.of(), List.of(), p -> {
            p.publish();
            p.markSoldOut();
        });

        HttpResponse<String> response = get("/d/" + sold.dressId());

        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<strong>Sold out.</strong>"));
        assertTrue(html.contains(">Ask about a similar piece on WhatsApp</a>"));
        String message = java.net.URLDecoder.decode(orderLink(html).substring(orderLink(html).indexOf("text=") + 5),
                StandardCharsets.UTF_8);
        assertTrue(message.startsWith("Hi Poonam Jain, Dress " + sold.dressId()
                + " from Rangoli Boutique is sold out. Do you have a similar piece?\n"), message);
        JsonNode ld = jsonLd(html);
        assertEquals("https://schema.org/SoldOut", ld.at("/offers/availability").asText());
        assertEquals("9000.00", ld.at("/offers/price").asText());
        assertEquals("INR", ld.at("/offers/priceCurrency").asText());
    }

    @Test
    void draftsHiddenAndUnknownPiecesAreARealNotFoundPage() {
        Product draft = shop.product("Draft", 5_000, List.of(), List.of(), List.of(), p -> { });
        Product hidden = shop.product("Hidden", 5_000, List.of(), List.of(), List.of(), p -> {
            p.publish();
            p.hide();
        });

        for (String path : List.of("/d/" + draft.dressId(), "/d/" + hidden.dressId(), "/d/D-99999", "/d/banana",
                "/d/D-1", "/nothing-here", "/d/")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("<a class=\"button\" href=\"/\">Back to the catalog</a>"), path);
            assertTrue(response.body().contains("<meta name=\"robots\" content=\"noindex\">"), path);
            assertFalse(response.body().contains(">Draft<") || response.body().contains(">Hidden<"), path);
        }
        assertTrue(get("/d/" + draft.dressId()).body().contains("There is no dress " + draft.dressId()));
    }

    @Test
    void lowerCaseAndBareIdsRedirectToTheOneAddress() {
        Product p = shop.published("Red Saree", 5_000, "saree");
        String id = p.dressId().value();

        for (String path : List.of("/d/" + id.toLowerCase(), "/d/" + p.dressId().number(), "/d/d" + p.dressId().number())) {
            HttpResponse<String> response = get(path + "?Color=Red");
            assertEquals(308, response.statusCode(), path);
            assertEquals("/d/" + id + "?Color=Red", response.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void nonsenseParametersGetAFriendly400AndNeverA500() {
        shop.published("Red Saree", 5_000, "saree");

        assertEquals(400, get("/?min=abc").statusCode());
        assertTrue(get("/?min=abc").body().contains("The lowest price &#34;abc&#34; is not a number of rupees"));
        assertEquals(400, get("/?page=-1").statusCode());
        assertEquals(400, get("/?page=0").statusCode());
        assertEquals(400, get("/?sort=cheapest").statusCode());
        assertEquals(400, get("/?q=" + "a".repeat(5 * 1024)).statusCode());
        assertEquals(400, get("/?min=9000&max=10").statusCode());
        assertEquals(404, get("/?page=7").statusCode());
        assertEquals(200, get("/?utm_source=whatsapp&fbclid=" + "x".repeat(3000)).statusCode());
        assertEquals(200, get("/?page=1&q=").statusCode());
        assertEquals(400, get("/d/D-1001?Color=" + "x".repeat(2000)).statusCode());

        List<String> odd = List.of("%00", "%ff%fe", "'", "\"", "\\", "%", "<>", "😀", "1e9", "99999999999", "-0",
                "+1", " 1", "0x10", "NaN", "null", "[]", "{}", "..%2F..%2Fetc%2Fpasswd", "a&b", "%E2%80%AE");
        for (String name : List.of("category", "min", "max", "color", "size", "new", "q", "sort", "page", "x")) {
            for (String value : odd) {
                // already percent-encoded bytes (NUL, invalid UTF-8, …) go as they are
                String encoded = value.matches("([^%]|%[0-9a-fA-F]{2})*%[0-9a-fA-F]{2}.*")
                        ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
                int status = get("/?" + name + "=" + encoded).statusCode();
                assertTrue(status == 200 || status == 400 || status == 404, name + "=" + value + " gave " + status);
            }
        }
    }

    @Test
    void everythingBuyersAndTheOwnerTypeIsEscaped() throws IOException {
        String evilTitle = "<script>alert(\"t\")</script> Rani's \"Best\" & </script><!--";
        Product p = shop.product(evilTitle, 5_000, List.of("saree\"><img src=x onerror=alert(1)>"),
                List.of("<b>bold</b>", "it's \"quoted\""), List.of(new Variant("Color", "Red\"><script>x()</script>", 0)),
                Product::publish);

        String catalog = get("/?q=" + URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8)
                + "&category=" + URLEncoder.encode("<img src=x>", StandardCharsets.UTF_8)).body();
        String all = get("/").body();
        String page = get("/d/" + p.dressId()).body();

        for (String html : List.of(catalog, all, page)) {
            assertFalse(html.contains("<script>alert"), html);
            assertFalse(html.contains("<img src=x"), html);
            assertFalse(html.contains("<b>bold</b>"));
            assertFalse(html.contains("<script>x()"));
        }
        assertTrue(catalog.contains("name=\"q\" value=\"&#34;>&lt;script>alert(1)&lt;/script>\""), catalog);
        assertTrue(all.contains("&lt;script&gt;alert("), all);
        // the JSON-LD block holds the exact title and cannot be closed early
        int start = page.indexOf("<script type=\"application/ld+json\">");
        String block = page.substring(start, page.indexOf("</script>", start));
        assertFalse(block.substring(10).contains("<"), block);
        assertEquals(evilTitle, jsonLd(page).get("name").asText());
        assertEquals("saree\"><img src=x onerror=alert(1)>", jsonLd(page).get("category").asText());
        // the variant pick goes into the WhatsApp message as text
        String picked = get("/d/" + p.dressId() + "?Color=" + URLEncoder.encode("Red\"><script>x()</script>",
                StandardCharsets.UTF_8)).body();
        assertTrue(orderLink(picked).contains("Variant%3A%20Red%22%3E%3Cscript%3Ex%28%29%3C%2Fscript%3E%0A"));
    }

    @Test
    void photosComeInSeveralSizesWithDimensionsAndOnlyTheFirstLoadsAtOnce() throws Exception {
        Product withAi = shop.published("Red Saree", 5_000, "saree");
        ShopFixture.publicImage(withAi, "ORIGINAL", 1, 400, 800, 1200);
        ShopFixture.publicImage(withAi, "AI_GENERATED", 2, 400, 800, 1200);
        for (int i = 0; i < 5; i++) {
            ShopFixture.publicImage(shop.published("Saree " + i, 4_000, "saree"), "ORIGINAL", 1, 400, 800);
        }
        String page = get("/d/" + withAi.dressId()).body();
        String key = "ai/" + withAi.dressId() + "/v2";

        assertTrue(page.contains("<img src=\"/media/public/" + key + "-800w.jpg\" srcset=\"/media/public/" + key
                + "-400w.jpg 400w, /media/public/" + key + "-800w.jpg 800w, /media/public/" + key
                + "-1200w.jpg 1200w\" sizes=\"(min-width: 62rem) 40rem, 100vw\" width=\"800\" height=\"1066\""
                + " alt=\"Red Saree — AI-generated photo of a model wearing this piece\" loading=\"eager\""
                + " fetchpriority=\"high\""), page);
        assertTrue(page.contains("alt=\"Red Saree — photo of the piece from the shop\" loading=\"lazy\""));
        assertTrue(page.indexOf("AI-generated photo") < page.indexOf("photo of the piece from the shop"));
        assertTrue(page.contains("<meta property=\"og:image\" content=\"https://rangoliboutique.com/media/public/"
                + key + "-1200w.jpg\">"));
        JsonNode ld = jsonLd(page);
        assertEquals("https://rangoliboutique.com/media/public/" + key + "-1200w.jpg", ld.at("/image/0").asText());

        String catalog = get("/").body();
        assertEquals(4, count(catalog, "loading=\"eager\""), "the first row or two on a phone");
        assertEquals(2, count(catalog, "loading=\"lazy\""));
        assertTrue(catalog.contains("sizes=\"(min-width: 62rem) 220px, (min-width: 40rem) 31vw, 48vw\""));
    }

    @Test
    void theFilterFormKeepsTheSelectionAndPagesKeepTheFilters() {
        for (int i = 0; i < 30; i++) {
            shop.published("Silk Saree " + i, 5_000 + i, "saree", new Variant("Size", "Free Size", 0));
        }
        shop.published("Cotton Dress", 2_000, "dress", new Variant("Size", "M", 0));

        String html = get("/?category=saree&min=5000&size=Free+Size&sort=price_asc").body();

        assertTrue(html.contains("<option value=\"saree\" selected>Saree</option>"));
        assertTrue(html.contains("<option value=\"dress\">Dress</option>"));
        assertTrue(html.contains("<option value=\"Free Size\" selected>Free Size</option>"));
        assertTrue(html.contains("<option value=\"price_asc\" selected>Price: low to high</option>"));
        assertTrue(html.contains("name=\"min\" inputmode=\"numeric\" pattern=\"[0-9]*\" maxlength=\"9\" value=\"5000\""));
        assertTrue(html.contains("<summary>Filter and sort <span class=\"active\">(3 on)</span></summary>"), html);
        assertTrue(html.contains("<a class=\"clear\" href=\"/\">Clear filters</a>"));
        assertTrue(html.contains("1–24 of 30 pieces"));
        assertTrue(html.contains("<a rel=\"next\" href=\"/?category=saree&amp;min=5000&amp;size=Free+Size&amp;sort=price_asc&amp;page=2\">"));
        assertFalse(html.contains("Cotton Dress"));
        String second = get("/?category=saree&min=5000&size=Free+Size&sort=price_asc&page=2").body();
        assertTrue(second.contains("25–30 of 30 pieces"));
        assertTrue(second.contains("Silk Saree 29"));
    }

    @Test
    void securityHeadersOnEveryResponse() {
        shop.published("Red Saree", 5_000, "saree");
        for (String path : List.of("/", "/d/D-1001", "/nothing", "/?min=x", "/health", "/robots.txt")) {
            HttpResponse<String> response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow(() ->
                    new AssertionError("no CSP on " + path));
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
            assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElseThrow());
        }
        assertFalse(get("/d/D-1001").body().contains("<script>"), "no inline scripts (CSP)");
        assertFalse(get("/d/D-1001").body().contains("style=\""), "no inline styles (CSP)");
    }

    @Test
    void aCatalogOfMoreThanAThousandPagesLinksNoPagePastTheThousandth() throws Exception {
        int pieces = CatalogQuery.PAGE_SIZE * CatalogQuery.MAX_PAGE + 100; // 24,100
        sql("INSERT INTO products (dress_id, title, price_inr, status, categories)"
                + " SELECT 'D-' || (1000 + g), 'Saree ' || g, 100000 + g, 'PUBLISHED', '[\"saree\"]'"
                + " FROM generate_series(1, " + pieces + ") g");

        HttpResponse<String> first = get("/");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("of " + pieces + " pieces"), "counted in full");
        assertTrue(first.body().contains("<a href=\"/?page=1000\">1000</a>"), "the last page a link may ask for");
        assertFalse(first.body().contains("page=1001"));
        HttpResponse<String> last = get("/?category=saree&page=1000");
        assertEquals(200, last.statusCode(), last.body());
        assertFalse(last.body().contains("rel=\"next\""), "no page after it");
        assertEquals(400, get("/?page=1001").statusCode());
    }

    @Test
    void pagesAreGzippedOnceAndRevalidatedWithEtags() throws IOException {
        shop.published("Red Saree", 5_000, "saree");
        cache.clear();
        HttpResponse<byte[]> plain = ShopFixture.getBytes(base, "/");
        HttpResponse<byte[]> zipped = ShopFixture.getBytes(base, "/", "Accept-Encoding", "gzip, deflate, br");

        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(zipped.body().length * 2 < plain.body().length, "compressed well");
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes());
        assertEquals("Accept-Encoding", plain.headers().firstValue("Vary").orElseThrow());
        assertEquals("no-cache", plain.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());

        String etag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = ShopFixture.getBytes(base, "/", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void staticFilesHaveContentHashedNamesAndAYearsCache() {
        String html = get("/").body();
        Matcher css = Pattern.compile("href=\"(/static/site\\.[0-9a-f]{10}\\.css)\"").matcher(html);
        Matcher js = Pattern.compile("src=\"(/static/site\\.[0-9a-f]{10}\\.js)\" defer").matcher(html);
        assertTrue(css.find() && js.find(), html);

        HttpResponse<String> style = ShopFixture.get(base, css.group(1));
        assertEquals(200, style.statusCode());
        assertEquals("text/css;charset=utf-8", style.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", style.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(style.body().contains(".whatsapp"));
        assertEquals(200, ShopFixture.get(base, js.group(1)).statusCode());
        assertEquals(404, ShopFixture.get(base, "/static/site.0000000000.css").statusCode());
        assertEquals(404, ShopFixture.get(base, "/static/site.css").statusCode());
    }

    @Test
    void sitemapAndRobotsForSearchEngines() {
        Product shown = shop.published("Red Saree", 5_000, "saree");
        Product hidden = shop.product("Hidden", 5_000, List.of(), List.of(), List.of(), p -> {
            p.publish();
            p.hide();
        });

        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertEquals("application/xml;charset=utf-8", sitemap.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(sitemap.body().contains("<loc>https://rangoliboutique.com/</loc>"));
        assertTrue(sitemap.body().contains("<loc>https://rangoliboutique.com/d/" + shown.dressId() + "</loc><lastmod>"));
        assertFalse(sitemap.body().contains(hidden.dressId().value()));

        String robots = get("/robots.txt").body();
        assertTrue(robots.contains("Sitemap: https://rangoliboutique.com/sitemap.xml"));
        assertTrue(robots.contains("Disallow: /telegram/"));
    }

    @Test
    void productPagesDescribeThemselvesForSearchAndSharing() throws IOException {
        Product p = shop.published("Red Banarasi Silk Saree", 12_500, "saree");
        String html = get("/d/" + p.dressId()).body();

        assertTrue(html.contains("<title>Red Banarasi Silk Saree · Rangoli Boutique</title>"));
        assertTrue(html.contains("<meta name=\"description\" content=\"Red Banarasi Silk Saree — ₹12,500 (~$151)."
                + " Handwoven in Varanasi.\">"));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://rangoliboutique.com/d/" + p.dressId() + "\">"));
        assertTrue(html.contains("<meta property=\"og:type\" content=\"product\">"));
        JsonNode ld = jsonLd(html);
        assertEquals("Product", ld.get("@type").asText());
        assertEquals(p.dressId().value(), ld.get("sku").asText());
        assertEquals("https://schema.org/InStock", ld.at("/offers/availability").asText());
        assertEquals("12500.00", ld.at("/offers/price").asText());
    }

    private static String orderLink(String html) {
        Matcher m = ORDER_LINK.matcher(html);
        assertTrue(m.find(), "no WhatsApp button");
        return m.group(1).replace("&amp;", "&");
    }

    private static JsonNode jsonLd(String html) throws IOException {
        int start = html.indexOf("<script type=\"application/ld+json\">") + "<script type=\"application/ld+json\">".length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
