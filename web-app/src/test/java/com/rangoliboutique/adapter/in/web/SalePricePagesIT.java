package com.rangoliboutique.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase;
import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.in.SetSalePriceUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.Variant;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A piece on sale as buyers see it over HTTP: both prices on its page and card, the offer, the price filter and sort. */
@MicronautTest(environments = "test", transactional = false)
class SalePricePagesIT extends PostgresIT {

    private static final String STRUCK = "<span class=\"visually-hidden\">Was </span><s class=\"was\">₹12,500</s>"
            + "<span class=\"visually-hidden\">, now</span> <span class=\"inr\">₹9,999</span>"
            + " <span class=\"usd\">~$120</span>";
    private static final Pattern CARD_TITLES = Pattern.compile("<span class=\"title\">([^<]*)</span>");
    private static final Pattern ORDER_LINK = Pattern.compile("<a class=\"whatsapp\" id=\"order\" href=\"([^\"]*)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    PageCache cache;
    @Inject
    SetSalePriceUseCase salePrices;
    @Inject
    BrowseCatalogUseCase catalog;

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

    /**
     * The tests change the database faster than changes are told; CatalogFreshnessIT and SalePriceIT test the telling
     * itself. Here the catalog is read again now, and no page is kept.
     */
    private String get(String path) {
        catalog.refresh();
        cache.clear();
        HttpResponse<String> response = ShopFixture.get(base, path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private Product onSale(String title, long rupees, long saleRupees, String category) {
        Product product = shop.published(title, rupees, category, new Variant("Color", "Red with Gold Border", 0));
        return salePrices.setSalePrice(SetSalePriceCommand.putOnSale(1L, product.dressId(),
                Price.ofRupees(saleRupees)));
    }

    @Test
    void theProductPageStrikesThePriceThroughAndShowsTheSalePriceWithItsDollars() throws Exception {
        ShopFixture.nextDressNumber(1042);
        Product saree = onSale("Red Banarasi Silk Saree", 12_500, 9_999, "saree");

        String html = get("/d/" + saree.dressId());

        assertTrue(html.contains("<p class=\"price\">" + STRUCK + "</p>"), "was ₹12,500, now ₹9,999 (~$120)");
        assertTrue(html.contains("<meta name=\"description\" content=\"Red Banarasi Silk Saree — ₹9,999 (~$120),"
                + " on sale, was ₹12,500. "), "the preview a link shows names the price paid");
        JsonNode offer = jsonLd(html).get("offers");
        assertEquals("9999.00", offer.get("price").asText(), "the offer is what the buyer pays");
        assertEquals("INR", offer.get("priceCurrency").asText());
        assertEquals("https://schema.org/StrikethroughPrice", offer.at("/priceSpecification/priceType").asText());
        assertEquals("12500.00", offer.at("/priceSpecification/price").asText());
        assertEquals("INR", offer.at("/priceSpecification/priceCurrency").asText());
        // the WhatsApp message names the dress, never a price: exactly as for any other piece
        String expected = new WhatsAppOrder("919876543210", ShopIdentity.DEFAULTS, saree.dressId(), null,
                "https://rangoliboutique.com/d/D-1042", false).link();
        assertEquals(expected, orderLink(html));
    }

    @Test
    void aPieceNotOnSaleKeepsItsPlainPriceAndOffer() throws IOException {
        Product plain = shop.published("Green Silk Dress", 4_000, "dress");

        String html = get("/d/" + plain.dressId());

        assertTrue(html.contains("<p class=\"price\"><span class=\"inr\">₹4,000</span> <span class=\"usd\">~$48</span></p>"));
        assertFalse(html.contains("<s class=\"was\">"));
        assertFalse(html.contains("visually-hidden\">Was"));
        assertTrue(jsonLd(html).get("offers").get("priceSpecification") == null);
        assertEquals("4000.00", jsonLd(html).at("/offers/price").asText());
    }

    @Test
    void theCardShowsBothPricesAndASaleBadge() {
        onSale("Red Banarasi Silk Saree", 12_500, 9_999, "saree");
        shop.published("Green Silk Dress", 4_000, "dress");

        String html = get("/");

        assertTrue(html.contains("<span class=\"price\">" + STRUCK + "</span>"));
        assertTrue(html.contains("<span class=\"badge sale\">Sale</span><span class=\"badge new\">New</span>"),
                "on sale and newly published: both badges");
        assertEquals(1, count(html, "badge sale"), "only the piece on sale");
        assertTrue(html.contains("<span class=\"price\"><span class=\"inr\">₹4,000</span>"));
    }

    @Test
    void aSoldOutPieceOnSaleShowsBothPricesButOnlyTheSoldOutBadge() {
        Product saree = onSale("Red Banarasi Silk Saree", 12_500, 9_999, "saree");
        Product sold = products.byId(saree.id()).orElseThrow();
        sold.markSoldOut();
        products.update(sold);

        String html = get("/");

        assertTrue(html.contains("<span class=\"badge sold\">Sold out</span>"));
        assertFalse(html.contains("badge sale"));
        assertTrue(html.contains(STRUCK));
    }

    @Test
    void thePriceFilterAndSortGoByThePriceTheBuyerPays() {
        onSale("Red Banarasi Silk Saree", 12_500, 3_000, "saree");
        shop.published("Green Silk Dress", 4_000, "dress");
        shop.published("Cotton Kurta", 1_800, "kurta");

        assertEquals(List.of("Cotton Kurta", "Red Banarasi Silk Saree", "Green Silk Dress"),
                titles(get("/?sort=price_asc")));
        assertEquals(List.of("Green Silk Dress", "Red Banarasi Silk Saree", "Cotton Kurta"),
                titles(get("/?sort=price_desc")));
        assertEquals(List.of("Red Banarasi Silk Saree"), titles(get("/?min=2000&max=3500")));
        assertEquals(List.of("Green Silk Dress"), titles(get("/?min=3500")), "not by its regular ₹12,500");
        String form = get("/");
        assertTrue(form.contains("placeholder=\"4000\""), "the price range offered is of the prices paid");
    }

    private static List<String> titles(String html) {
        List<String> titles = new ArrayList<>();
        Matcher m = CARD_TITLES.matcher(html);
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    private static int count(String html, String text) {
        int n = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    private static String orderLink(String html) {
        Matcher m = ORDER_LINK.matcher(html);
        assertTrue(m.find(), "no order link");
        return m.group(1).replace("&amp;", "&");
    }

    private static JsonNode jsonLd(String html) throws IOException {
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    }
}
