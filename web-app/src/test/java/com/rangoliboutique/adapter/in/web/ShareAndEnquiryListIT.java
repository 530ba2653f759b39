package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.Product;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The buyers' Share link and enquiry list as a browser without JavaScript gets them, over real HTTP on a real
 * database: the share link works as it is, the Save and "My list" controls are there but hidden, and the list page
 * ({@code /list?ids=…}) answers anyone who opens its link. The browser side is in {@link CatalogBrowserIT}.
 */
@MicronautTest(environments = "test", transactional = false)
class ShareAndEnquiryListIT extends PostgresIT {

    private static final Pattern SAVE = Pattern.compile("<button type=\"button\" class=\"save\" data-save=\"(D-\\d+)\""
            + " aria-pressed=\"false\"( hidden)?>");
    private static final Pattern ENQUIRE = Pattern.compile("<a class=\"whatsapp\" id=\"enquire\" href=\"([^\"]*)\"");
    private static final String WHATSAPP = "https://wa.me/919876543210?text=";

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    PageCache cache;

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
    void setUp() throws Exception {
        shop = new ShopFixture(products);
        base = server.getURI();
        ShopFixture.nextDressNumber(1042);
    }

    /** The tests change the database faster than the catalog's 250 ms refresh. */
    private HttpResponse<String> get(String path) {
        cache.clear();
        return ShopFixture.get(base, path);
    }

    @Test
    void theProductPageSharesThroughAPlainWaMeLinkAndShowsNoSaveWithoutJavaScript() {
        shop.published("Red Banarasi Silk Saree", 12_500, "saree");

        String html = get("/d/D-1042").body();

        assertTrue(html.contains("<a class=\"share\" id=\"share\" href=\"https://wa.me/?text=Red%20Banarasi%20Silk%20Saree"
                + "%0Ahttps%3A%2F%2Frangoliboutique.com%2Fd%2FD-1042\" rel=\"noopener\" target=\"_blank\""
                + " data-title=\"Red Banarasi Silk Saree\" data-text=\"Red Banarasi Silk Saree at Rangoli Boutique\""
                + " data-url=\"https://rangoliboutique.com/d/D-1042\">Share<span class=\"visually-hidden\"> this piece"
                + "</span></a>"), html);
        assertEquals(List.of("D-1042"), saveButtons(html, true), "one Save button, hidden");
        assertEquals(List.of(), saveButtons(html, false), "no Save button shows without JavaScript");
        assertTrue(html.contains("<a class=\"mylist\" id=\"mylist\" href=\"/list\" hidden>My list (<span class=\"n\">0"
                + "</span>)</a>"), "the list's link is hidden too");
        assertFalse(html.contains("<script>") || html.contains(" onclick="), "no inline script (CSP)");
    }

    @Test
    void catalogCardsCarryAHiddenSaveButtonEach() {
        shop.published("Red Banarasi Silk Saree", 12_500, "saree");
        shop.published("Emerald Kanjivaram Saree", 18_900, "saree");

        String html = get("/").body();

        assertEquals(List.of("D-1043", "D-1042"), saveButtons(html, true));
        assertEquals(List.of(), saveButtons(html, false));
        assertTrue(html.contains("hidden>Save<span class=\"visually-hidden\"> Red Banarasi Silk Saree to my list</span>"
                + "</button>\n</li>"), "a label naming the piece, after the card's link (not inside it)");
    }

    @Test
    void theListShowsTheSavedPiecesMarksSoldOutAndVanishedOnesAndAsksAboutTheRestInOneMessage() {
        shop.published("Red Banarasi Silk Saree", 12_500, "saree");
        shop.product("Emerald Kanjivaram Saree", 18_900, List.of("saree"), List.of(), List.of(), p -> {
            p.publish();
            p.markSoldOut();
        });
        shop.product("Peacock Paithani Saree", 15_000, List.of("saree"), List.of(), List.of(), p -> {
            p.publish();
            p.hide();
        });
        long cached = cache.size();

        HttpResponse<String> response = get("/list?ids=D-1043,D-1042,D-1044,D-1999");

        assertEquals(200, response.statusCode());
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
        assertFalse(response.headers().firstValue("Content-Security-Policy").orElseThrow().contains("unsafe-inline"));
        String html = response.body();
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), "not for search engines");
        assertFalse(html.contains("rel=\"canonical\""));
        assertTrue(html.contains("<p class=\"count\" role=\"status\">4 pieces saved</p>"), html);
        assertTrue(html.contains("<span class=\"title\">Emerald Kanjivaram Saree</span>"));
        assertTrue(html.contains("<span class=\"badge sold\">Sold out</span>"), "the sold-out piece is marked");
        assertTrue(html.contains("<span class=\"inr\">₹12,500</span>"), "the current price");
        assertFalse(html.contains("Peacock"), "a hidden piece is not shown");
        assertTrue(html.contains("<li class=\"card gone\"><p><strong>D-1044</strong> is no longer in the catalog.</p>"));
        assertTrue(html.contains("<li class=\"card gone\"><p><strong>D-1999</strong> is no longer in the catalog.</p>"));
        assertEquals(List.of("D-1043", "D-1042", "D-1044", "D-1999"), saveButtons(html, true), "in the buyer's order");
        assertTrue(html.contains(">Ask about these 2 pieces on WhatsApp</a>"));
        assertTrue(html.contains("<p class=\"note\">The sold-out piece is named as sold out in the message — we may"
                + " have a similar one.</p>"));
        assertTrue(html.contains("<p class=\"note\">The 2 pieces no longer in the catalog are left out of the"
                + " message.</p>"));
        assertEquals("""
                Hi Poonam Jain, I'm interested in these pieces from Rangoli Boutique:
                D-1043 Emerald Kanjivaram Saree (sold out) — https://rangoliboutique.com/d/D-1043
                D-1042 Red Banarasi Silk Saree — https://rangoliboutique.com/d/D-1042
                Ship to: [your city, country]""", enquiryMessage(html));
        assertTrue(html.contains("data-list=\"D-1043,D-1042,D-1044,D-1999\""));
        assertEquals(cached, cache.size(), "the list is not kept in the page cache");
    }

    @Test
    void anEmptyListOrOneOfVanishedPiecesSaysSoWithoutAButton() {
        String empty = get("/list").body();
        assertTrue(empty.contains("<p class=\"count\" role=\"status\">Your list is empty</p>"));
        assertFalse(empty.contains("id=\"enquire\""));

        HttpResponse<String> gone = get("/list?ids=D-1999");
        assertEquals(200, gone.statusCode());
        assertFalse(gone.body().contains("id=\"enquire\""), "nothing to ask about");
        assertTrue(gone.body().contains("None of these pieces is in the catalog any more"));
    }

    @Test
    void malformedIdsOrTooManyAreAClear400Page() {
        HttpResponse<String> malformed = get("/list?ids=D-1042,%3Cb%3Ex");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("<p>\"&lt;b&gt;x\" is not a dress ID — the list's link names pieces like"
                + " D-1042. Open your list from the catalog's \"My list\" link.</p>"), malformed.body());

        String thirtyOne = IntStream.range(0, 31).mapToObj(i -> "D-" + (1001 + i)).collect(Collectors.joining(","));
        HttpResponse<String> tooMany = get("/list?ids=" + thirtyOne);
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("A list can hold 30 pieces at most; this link names 31."), tooMany.body());

        HttpResponse<String> tooLong = get("/list?ids=" + "D-1042,".repeat(200));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("This link is too long to be a list of ours"));
    }

    /** The dress ids of the page's Save buttons that are hidden ({@code true}) or shown ({@code false}). */
    private static List<String> saveButtons(String html, boolean hidden) {
        Matcher m = SAVE.matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            if ((m.group(2) != null) == hidden) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static String enquiryMessage(String html) {
        Matcher m = ENQUIRE.matcher(html);
        assertTrue(m.find(), "no enquiry link");
        String href = m.group(1).replace("&amp;", "&");
        assertTrue(href.startsWith(WHATSAPP), href);
        return URLDecoder.decode(href.substring(WHATSAPP.length()), StandardCharsets.UTF_8);
    }
}
