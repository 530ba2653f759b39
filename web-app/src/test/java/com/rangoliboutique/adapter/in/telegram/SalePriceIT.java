package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.Variant;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /sale} through the real webhook, replies through the real pengrad client to a Bot API peer, stored in the real
 * database, audited, and shown on the buyers' page this web process serves from memory.
 */
@MicronautTest(environments = "test", transactional = false)
class SalePriceIT extends PostgresIT {

    static final long OWNER = 111_111L;
    static final String SECRET = "webhook-secret-for-tests";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(50_000);
    /** Pages are pushed, not expired, when a change shows within this (pages live 10 minutes here); see CatalogFreshnessIT. */
    static final Duration WITHIN = Duration.ofSeconds(10);

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    AuditLog audit;
    @Inject
    RedisClient redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM,
                SECRET, Long.toString(OWNER)));
        p.put("telegram.webhook-per-minute", "10000");
        p.put("shop.public-requests-per-minute", "0");
        p.put("shop.page-ttl", "10m");
        return p;
    }

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    @BeforeEach
    void reset() {
        TELEGRAM.clear();
        redis.flushDB();
    }

    @Test
    void saleSetsASalePriceTheBuyersPageShowsAndOffEndsIt() throws Exception {
        Product saree = stored(Product::publish);
        String id = saree.dressId().value();
        String page = "/d/" + id;
        // the page is served (once this process has heard of the published piece), and kept, before the sale
        assertTrue(awaitPage(page, html -> html != null).contains(
                "<span class=\"inr\">₹12,500</span> <span class=\"usd\">~$151</span>"));

        command("/sale " + id.toLowerCase() + " ₹9,999");

        assertEquals("🏷️ " + id + " is on sale: ₹9,999 instead of ₹12,500 — the catalog shows it now.", lastReply());
        assertEquals(Optional.of(Price.ofRupees(9_999)), reread(saree).salePrice());
        assertEquals(Price.ofRupees(12_500), reread(saree).price());
        AuditEntry entry = audit.ofProduct(saree.id()).get(0);
        assertEquals(AuditAction.SET_SALE_PRICE, entry.action());
        assertEquals(OWNER, entry.adminId());
        assertEquals(id, entry.payload().get("dress_id"));
        assertEquals(1_250_000L, ((Number) entry.payload().get("price_paise")).longValue());
        assertEquals(999_900L, ((Number) entry.payload().get("sale_price_paise")).longValue());
        String onSale = awaitPage(page, html -> html != null && html.contains("<s class=\"was\">₹12,500</s>"));
        assertTrue(onSale.contains("<span class=\"visually-hidden\">Was </span><s class=\"was\">₹12,500</s>"
                + "<span class=\"visually-hidden\">, now</span> <span class=\"inr\">₹9,999</span>"
                + " <span class=\"usd\">~$120</span>"), "9999 / 83 rounds to 120");

        command("/sale " + id + " OFF");

        assertEquals("✅ The sale of " + id + " has ended: back to ₹12,500 — the catalog shows it now.", lastReply());
        assertEquals(Optional.empty(), reread(saree).salePrice());
        AuditEntry ended = audit.ofProduct(saree.id()).get(1);
        assertEquals(AuditAction.END_SALE, ended.action());
        assertEquals(999_900L, ((Number) ended.payload().get("previous_sale_price_paise")).longValue());
        assertTrue(awaitPage(page, html -> html != null && !html.contains("<s class=\"was\">"))
                .contains("<span class=\"inr\">₹12,500</span>"));
    }

    @Test
    void aHiddenOrSoldOutPieceMayGoOnSaleAndTheReplySaysWhereItShows() throws Exception {
        Product hidden = stored(p -> {
            p.publish();
            p.hide();
        });
        command("/sale " + hidden.dressId() + " 10000");
        assertEquals("🏷️ " + hidden.dressId() + " is on sale: ₹10,000 instead of ₹12,500 — it is hidden: buyers see"
                + " it once you /unhide it.", lastReply());
        assertEquals(Optional.of(Price.ofRupees(10_000)), reread(hidden).salePrice());

        Product soldOut = stored(p -> {
            p.publish();
            p.markSoldOut();
        });
        command("/sale " + soldOut.dressId() + " 11,000");
        assertEquals(Optional.of(Price.ofRupees(11_000)), reread(soldOut).salePrice());
    }

    @Test
    void refusalsSayWhyAndChangeNothing() throws Exception {
        Product published = stored(Product::publish);
        Product draft = stored(p -> { });
        String id = published.dressId().value();

        command("/sale " + id + " 12500");
        assertEquals("❌ A sale price must be below the price: " + id + " is ₹12,500, so ₹12,500 would not be a"
                + " sale. Nothing was changed.", lastReply());
        command("/sale " + id + " 13,000");
        assertEquals("❌ A sale price must be below the price: " + id + " is ₹12,500, so ₹13,000 would not be a"
                + " sale. Nothing was changed.", lastReply());
        command("/sale " + draft.dressId() + " 9999");
        assertEquals("❌ " + draft.dressId() + " is still a draft — a sale price is for pieces in the catalog."
                + " Approve it first, then send /sale again.", lastReply());
        command("/sale " + id + " lots");
        assertEquals("❌ \"lots\" is not a price — write it in rupees, like 12500 or ₹12,500.", lastReply());
        command("/sale " + id + " 0");
        assertTrue(lastReply().startsWith("❌ \"0\" is not a price"), lastReply());
        command("/sale D-9999 5000");
        assertEquals("❌ There is no product D-9999.", lastReply());
        command("/sale banana 5000");
        assertTrue(lastReply().startsWith("❌ \"banana\" is not a dress ID"), lastReply());
        command("/sale " + id + " off");
        assertEquals("ℹ️ " + id + " is not on sale — nothing to end; it sells at ₹12,500.", lastReply());
        command("/sale");
        assertEquals("Usage: /sale D-1042 9999 — sells the piece at ₹9,999 instead of its price;"
                + " /sale D-1042 off ends the sale.", lastReply());
        command("/sale " + id);
        assertEquals(BotTexts.USAGE_BY_DRESS.get("/sale"), lastReply());

        assertEquals(10, TELEGRAM.calls("sendMessage").size(), "one answer each");
        assertEquals(Optional.empty(), reread(published).salePrice());
        assertEquals(Optional.empty(), reread(draft).salePrice());
        assertEquals(List.of(), audit.latest(10));
    }

    @Test
    void anEditOfThePriceToOrBelowTheSalePriceIsRefusedAndEditModeStays() throws Exception {
        Product saree = stored(p -> {
            p.publish();
            p.putOnSale(Price.ofRupees(9_999));
        });
        String id = saree.dressId().value();
        command("/edit " + id);
        assertTrue(lastReply().startsWith("✏️ Editing " + id + ": Red Banarasi Silk Saree (₹12,500, on sale at"
                + " ₹9,999)\n"), lastReply());

        text("Price: 9,999");

        assertEquals("❌ " + id + " is on sale at ₹9,999, so its price must stay above that — ₹9,999 was not saved."
                + " Send a higher price, or end the sale first with /sale " + id + " off.\n\n"
                + "Send the lines again, or /cancel.", lastReply());
        assertEquals(Price.ofRupees(12_500), reread(saree).price());
        text("Price: 11,000");
        assertTrue(lastReply().startsWith("✅ Saved " + id), lastReply());
        assertTrue(lastReply().contains("Price: ₹11,000\nSale price: ₹9,999\n"), lastReply());
        assertEquals(Price.ofRupees(11_000), reread(saree).price());
        assertEquals(Optional.of(Price.ofRupees(9_999)), reread(saree).salePrice());
    }

    @Test
    void helpNamesTheSaleCommand() throws Exception {
        command("/help");
        assertTrue(lastReply().contains("/sale D-1042 9999 — sell below the price"), lastReply());
        assertTrue(lastReply().contains("/sale D-1042 off ends the sale"), lastReply());
    }

    // ---- helpers

    private Product stored(java.util.function.Consumer<Product> status) {
        Product p = products.add(Product.draft(products.nextDressId(), new ProductDetails("Red Banarasi Silk Saree",
                "Handwoven in Varanasi.", List.of("saree"), List.of("wedding"), Price.ofRupees(12_500),
                List.of(new Variant("Color", "Red", 0))), OWNER));
        status.accept(p);
        products.update(p);
        return products.byId(p.id()).orElseThrow();
    }

    private Product reread(Product product) {
        return products.byId(product.id()).orElseThrow();
    }

    private void command(String text) throws Exception {
        text(text);
    }

    private void text(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                        + "/telegram/webhook/" + TELEGRAM.token()))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(Updates.text(UPDATE_IDS.incrementAndGet(), OWNER, text)))
                .build();
        assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private String lastReply() {
        List<TelegramPeer.Call> sent = TELEGRAM.calls("sendMessage");
        assertTrue(!sent.isEmpty(), "no reply");
        return sent.get(sent.size() - 1).param("text");
    }

    /** The page, or null while it is not found. */
    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /**
     * The page once it shows what is expected (null: not found yet): pushed to this process by the database's
     * notification of the committed change.
     */
    private String awaitPage(String path, Predicate<String> shows) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String html = get(path);
        while (!shows.test(html) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            html = get(path);
        }
        assertTrue(shows.test(html), () -> path + " did not change within " + WITHIN);
        return html;
    }
}
