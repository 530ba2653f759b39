package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.in.FlushVisitCountsUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.Variant;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views and WhatsApp taps counted over real HTTP into the real daily rows: who counts (people, not crawlers or
 * prefetches), how often (a tap once a minute per address), which day (Kolkata's), and that several web processes add
 * up. The clock is the test's, so a minute and midnight pass at once.
 */
@MicronautTest(environments = "test", transactional = false)
class VisitCountingIT extends PostgresIT {

    /** Spec §7 "Example", byte for byte. */
    private static final String SPEC_EXAMPLE = "https://wa.me/919876543210?text=Hi%20Poonam%20Jain%2C%20I%20want%20Dress%20D-1042%20from%20Rangoli%20Boutique.%0AVariant%3A%20Red%20with%20Gold%20Border%0AShip%20to%3A%20%5Byour%20city%2C%20country%5D%0ALink%3A%20https%3A%2F%2Frangoliboutique.com%2Fd%2FD-1042";
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/126.0 Mobile Safari/537.36";
    /** 23:59:40 on 3 December 2026 in Kolkata. */
    private static final Instant NEAR_MIDNIGHT = Instant.parse("2026-12-03T18:29:40Z");
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

    private final TestClock clock = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    PageCache cache;
    @Inject
    FlushVisitCountsUseCase flush;

    private ShopFixture shop;
    private URI base;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = super.getProperties();
        p.put("shop.url", "https://rangoliboutique.com");
        p.put("shop.public-requests-per-minute", "0");
        p.put("shop.trusted-proxies", "127.0.0.1, ::1");
        p.put("stats.flush-every", "1h"); // the tests flush themselves
        return p;
    }

    @BeforeEach
    void setUp() {
        shop = new ShopFixture(products);
        base = server.getURI();
        clock.now = NEAR_MIDNIGHT;
        flush.flush(); // nothing of the previous test
        cache.clear();
    }

    @Test
    void aPersonsViewsCountIncluding304sButNotCrawlersPrefetchesHeadOrMisses() throws Exception {
        DressId saree = shop.published("Red Banarasi Saree", 12_500, "saree").dressId();
        String page = "/d/" + saree.value();

        HttpResponse<String> first = get(page, "User-Agent", PHONE);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(page, "User-Agent", PHONE, "If-None-Match", etag).statusCode());
        assertEquals(200, get(page + "?Color=Red", "User-Agent", PHONE).statusCode());
        for (String crawler : List.of("WhatsApp/2.23.20.0 A", "TelegramBot (like TwitterBot)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0)", "Slackbot-LinkExpanding 1.0", "Twitterbot/1.0",
                "SomeCRAWLER/1.0", "Spider 3", "LinkPreview/2", "AhrefsBot/7.0")) {
            assertEquals(200, get(page, "User-Agent", crawler).statusCode(), crawler);
        }
        assertEquals(200, get(page, "User-Agent", PHONE, "Sec-Purpose", "prefetch").statusCode());
        assertEquals(200, get(page, "User-Agent", PHONE, "Sec-Purpose", "prefetch;prerender").statusCode());
        assertEquals(200, get(page, "User-Agent", PHONE, "Purpose", "prefetch").statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(base.resolve(page)).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).header("User-Agent", PHONE)).statusCode());
        assertEquals(308, get("/d/" + saree.number(), "User-Agent", PHONE).statusCode());
        assertEquals(404, get("/d/D-9999", "User-Agent", PHONE).statusCode());
        assertEquals(200, get("/", "User-Agent", PHONE).statusCode());
        assertEquals(200, get("/?category=saree", "User-Agent", PHONE).statusCode());
        assertEquals(200, get("/", "User-Agent", "Googlebot").statusCode());

        assertTrue(flush.flush());

        assertArrayEquals(new long[] {3, 0, 0}, piece(saree, DEC_3), "the 200s and the 304 of a person");
        assertEquals(2, catalogViews(DEC_3));
    }

    @Test
    void aTapCountsOnceAMinutePerAddressAndButtonWhetherPingOrBeacon() throws Exception {
        DressId saree = shop.published("Red Banarasi Saree", 12_500, "saree").dressId();
        String tap = "/d/" + saree.value() + "/tap";

        assertEquals(204, ping(tap, "198.51.100.7").statusCode());
        assertEquals(204, beacon(tap, "198.51.100.7").statusCode()); // the same buyer within the minute
        assertEquals(204, beacon(tap, "198.51.100.8").statusCode()); // another buyer
        assertEquals(204, ping("/d/" + saree.value() + "/similar-tap", "198.51.100.7").statusCode());
        clock.now = clock.now.plusSeconds(61);
        assertEquals(204, ping(tap, "198.51.100.7").statusCode()); // a minute later

        assertTrue(flush.flush());

        // 18:29:40 + 61 s is past midnight in Kolkata: the last tap is the 4th's
        assertArrayEquals(new long[] {0, 2, 1}, piece(saree, DEC_3));
        assertArrayEquals(new long[] {0, 1, 0}, piece(saree, DEC_4));
    }

    @Test
    void tapsTakeOnlyPostAndOnlyForPiecesOnSale() throws Exception {
        DressId saree = shop.published("Red Banarasi Saree", 12_500, "saree").dressId();
        String tap = "/d/" + saree.value() + "/tap";

        HttpResponse<String> byGet = get(tap, "User-Agent", PHONE);
        assertEquals(405, byGet.statusCode());
        assertEquals("POST", byGet.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, get("/d/" + saree.value() + "/similar-tap", "User-Agent", PHONE).statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(base.resolve(tap)).method("HEAD",
                HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(base.resolve(tap)).PUT(HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", PHONE)).statusCode());
        assertEquals(404, ping("/d/D-9999/tap", "198.51.100.7").statusCode());
        assertEquals(404, ping("/d/nonsense/tap", "198.51.100.7").statusCode());

        assertTrue(flush.flush());
        assertArrayEquals(new long[] {0, 0, 0}, piece(saree, DEC_3));
        assertEquals(0, rowCount());
    }

    @Test
    void theOrderButtonKeepsTheSpecLinkByteForByteAndPingsTheTap() throws Exception {
        ShopFixture.nextDressNumber(1042);
        shop.published("Red Banarasi Silk Saree", 12_500, "saree",
                new Variant("Color", "Red with Gold Border", 0), new Variant("Color", "Green", 1));

        HttpResponse<String> response = get("/d/D-1042?Color=Red+with+Gold+Border");
        String html = response.body();

        Matcher order = Pattern.compile("<a class=\"whatsapp\" id=\"order\" href=\"([^\"]*)\" ping=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(order.find(), html);
        assertEquals(SPEC_EXAMPLE, order.group(1));
        assertEquals("/d/D-1042/tap", order.group(2));
        assertTrue(html.contains("We count visits to improve the shop — no cookies, nothing about you is stored."));
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("connect-src 'self'"), "ping and sendBeacon go to the shop itself: " + csp);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie");
    }

    @Test
    void aSoldOutPiecesButtonPingsTheSimilarTap() throws Exception {
        Product kurta = shop.product("Mustard Kurta", 4_200, List.of("kurta"), List.of(), List.of(), p -> {
            p.publish();
            p.markSoldOut();
        });
        String html = get("/d/" + kurta.dressId().value()).body();

        assertTrue(html.contains("ping=\"/d/" + kurta.dressId().value() + "/similar-tap\""), html);
        assertEquals(204, ping("/d/" + kurta.dressId().value() + "/similar-tap", "198.51.100.7").statusCode());
        assertTrue(flush.flush());
        assertArrayEquals(new long[] {1, 0, 1}, piece(kurta.dressId(), DEC_3), "the page seen, the button tapped");
    }

    @Test
    void viewsJustBeforeAndAfterMidnightInKolkataGoToTheirOwnDays() throws Exception {
        DressId saree = shop.published("Red Banarasi Saree", 12_500, "saree").dressId();
        get("/d/" + saree.value(), "User-Agent", PHONE);
        get("/", "User-Agent", PHONE);
        clock.now = clock.now.plusSeconds(30); // 00:00:10 on 4 December in Kolkata; still 3 December in UTC
        get("/d/" + saree.value(), "User-Agent", PHONE);
        get("/d/" + saree.value(), "User-Agent", PHONE);

        assertTrue(flush.flush());

        assertArrayEquals(new long[] {1, 0, 0}, piece(saree, DEC_3));
        assertArrayEquals(new long[] {2, 0, 0}, piece(saree, DEC_4));
        assertEquals(1, catalogViews(DEC_3));
        assertEquals(0, catalogViews(DEC_4));
    }

    /**
     * Two web processes on one database count on their own and write in batches (every 200 ms here, and on a
     * graceful shutdown): the daily row holds the sum of both. A third one with {@code STATS_ENABLED=false} counts
     * nothing but still answers taps.
     */
    @Test
    void twoWebProcessesAddUpInTheSameDailyRows() throws Exception {
        DressId saree = shop.published("Red Banarasi Saree", 12_500, "saree").dressId();
        String page = "/d/" + saree.value();
        try (EmbeddedServer a = start(true); EmbeddedServer b = start(true); EmbeddedServer off = start(false)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, ShopFixture.get(a.getURI(), page, "User-Agent", PHONE).statusCode());
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(200, ShopFixture.get(b.getURI(), page, "User-Agent", PHONE).statusCode());
            }
            assertEquals(200, ShopFixture.get(off.getURI(), page, "User-Agent", PHONE).statusCode());
            assertEquals(204, ping(off.getURI(), page + "/tap", "198.51.100.7").statusCode());
            assertEquals(204, ping(b.getURI(), page + "/tap", "198.51.100.7").statusCode());

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((totals()[0] < 5 || totals()[1] < 1) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertArrayEquals(new long[] {5, 1}, totals(), "both processes' batches, added up");

            ShopFixture.get(a.getURI(), page, "User-Agent", PHONE);
            a.getApplicationContext().close(); // the graceful shutdown writes what the timer has not
            assertArrayEquals(new long[] {6, 1}, totals());
        }
        assertEquals(1, rowCount(), "one row for the piece and the day");
    }

    // ---- HTTP

    /** The tests change the database faster than the catalog's 250 ms refresh: read it again first. */
    private HttpResponse<String> get(String path, String... headers) {
        cache.clear();
        return ShopFixture.get(base, path, headers);
    }

    /** What a browser sends for {@code <a ping>}. */
    private HttpResponse<String> ping(String path, String address) throws Exception {
        cache.clear();
        return ping(base, path, address);
    }

    private static HttpResponse<String> ping(URI base, String path, String address) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString("PING"))
                .header("Content-Type", "text/ping").header("Ping-From", base.resolve("/d/x").toString())
                .header("Ping-To", "https://wa.me/919876543210?text=Hi").header("User-Agent", PHONE)
                .header("X-Forwarded-For", address));
    }

    /** What {@code navigator.sendBeacon(url)} sends: an empty POST. */
    private HttpResponse<String> beacon(String path, String address) throws Exception {
        cache.clear();
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", PHONE).header("X-Forwarded-For", address));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return ShopFixture.HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static EmbeddedServer start(boolean counting) {
        Map<String, Object> props = new HashMap<>(TestInfrastructure.properties());
        props.put("micronaut.server.port", -1);
        props.put("shop.public-requests-per-minute", 0);
        props.put("shop.trusted-proxies", "127.0.0.1, ::1");
        props.put("stats.enabled", counting);
        props.put("stats.flush-every", "200ms");
        return ApplicationContext.run(EmbeddedServer.class, props, "test");
    }

    // ---- the rows

    private static long[] piece(DressId dressId, LocalDate day) throws SQLException {
        try (Connection c = TestInfrastructure.connect(); PreparedStatement s = c.prepareStatement("SELECT s.views,"
                + " s.taps, s.similar_taps FROM piece_daily_stats s JOIN products p ON p.id = s.product_id"
                + " WHERE p.dress_id = ? AND s.day = ?")) {
            s.setString(1, dressId.value());
            s.setObject(2, day);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new long[] {r.getLong(1), r.getLong(2), r.getLong(3)} : new long[3];
            }
        }
    }

    /** Views and taps of every piece and day. */
    private static long[] totals() throws SQLException {
        try (Connection c = TestInfrastructure.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT coalesce(sum(views), 0), coalesce(sum(taps), 0) FROM piece_daily_stats");
             ResultSet r = s.executeQuery()) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private static long rowCount() throws SQLException {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM piece_daily_stats");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long catalogViews(LocalDate day) throws SQLException {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT views FROM catalog_daily_stats WHERE day = ?")) {
            s.setObject(1, day);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** Stands still until the test moves it. */
    private static final class TestClock extends Clock {

        volatile Instant now = NEAR_MIDNIGHT;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
