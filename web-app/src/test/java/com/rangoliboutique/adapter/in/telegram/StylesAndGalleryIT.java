package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Button;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;

import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Style choices and the AI gallery through the webhook, with the real pengrad client talking to a Bot API peer, on the
 * real database and Redis: the Style picker queues a job in the chosen look (sharing Regenerate's hourly limit); "Add
 * to gallery" and Approve publish several AI photos, which the product page shows with alt texts naming them.
 */
@MicronautTest(environments = "test", transactional = false)
class StylesAndGalleryIT extends PostgresIT {

    static final long OWNER = 111_333L;
    static final String SECRET = "webhook-secret-for-tests";
    static final String TITLE = "Red Banarasi Silk Saree";
    static final String CAPTION = """
            Title: Red Banarasi Silk Saree
            Price: ₹12,500
            Category: saree, silk""";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(80_000);

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    Images images;
    @Inject
    ImageStore store;
    @Inject
    RedisClient redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                String.valueOf(OWNER)));
        p.put("telegram.webhook-per-minute", "10000");
        p.put("shop.public-requests-per-minute", "0");
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
    void aLookFromTheStylePickerIsQueuedInThatStyleAndSharesRegeneratesHourlyLimit() throws Exception {
        Product draft = draftByBot();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");

        send(Updates.button(nextId(), OWNER, card, "style:" + draft.id()));

        TelegramPeer.Call picker = TELEGRAM.calls("sendMessage").get(0);
        assertTrue(picker.param("text").startsWith("🎨 Pick a look for " + draft.dressId()), picker.param("text"));
        assertEquals(List.of("look:" + draft.id() + ":STUDIO", "look:" + draft.id() + ":THREE_QUARTER",
                        "look:" + draft.id() + ":BACK_VIEW", "look:" + draft.id() + ":FABRIC_CLOSEUP"),
                picker.inlineKeyboard().stream().flatMap(List::stream).map(Button::callbackData).toList());
        int pickerId = TELEGRAM.lastMessageId();

        send(Updates.buttonUnderText(nextId(), OWNER, pickerId, "look:" + draft.id() + ":BACK_VIEW"));

        assertEquals("🎨 Making AI v2 (Back view) for " + draft.dressId() + "...",
                TELEGRAM.calls("editMessageText").get(0).param("text"));
        Image v2 = aiVersion(draft, 2);
        assertEquals(AiStyle.BACK_VIEW, v2.style());
        assertEquals(ImageStatus.PENDING, v2.status());
        String job = queuedJobs().get(queuedJobs().size() - 1);
        assertTrue(job.contains("\"image_id\":" + v2.id()) && job.contains("\"style\":\"BACK_VIEW\""), job);

        for (int regenerate = 0; regenerate < 4; regenerate++) { // 5 an hour: the look was the first
            send(Updates.button(nextId(), OWNER, card, "regen:" + draft.id()));
        }
        TELEGRAM.clear();
        send(Updates.buttonUnderText(nextId(), OWNER, pickerId, "look:" + draft.id() + ":FABRIC_CLOSEUP"));

        String refusal = TELEGRAM.calls("answerCallbackQuery").get(0).param("text");
        assertTrue(refusal.startsWith("You can regenerate 5 times an hour — try again in "), refusal);
        assertEquals(6, images.ofProduct(draft.id()).stream().filter(i -> i.type() == ImageType.AI_GENERATED).count(),
                "v1 from the photo, v2 in the back view, v3–v6 regenerated; no seventh");
    }

    @Test
    void theGalleryIsPublishedOnApprovalWithTheFirstAddedAsMainAndThePageShowsEveryPhoto() throws Exception {
        Product draft = draftByBot();
        Image studio = ready(aiVersion(draft, 1), Color.ORANGE);
        Image threeQuarter = ready(images.add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2),
                AiStyle.THREE_QUARTER)), Color.MAGENTA);
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");

        send(Updates.button(nextId(), OWNER, card, "gal:" + draft.id() + ":2"));
        send(Updates.button(nextId(), OWNER, card, "gal:" + draft.id() + ":1"));

        List<TelegramPeer.Call> answers = TELEGRAM.calls("answerCallbackQuery");
        assertEquals("AI v2 is in the gallery, as the main photo. Approve publishes the gallery.",
                answers.get(0).param("text"));
        assertEquals("AI v1 is in the gallery (main photo: AI v2). Approve publishes the gallery.",
                answers.get(1).param("text"));
        TelegramPeer.Call redrawn = TELEGRAM.calls("editMessageReplyMarkup").get(1);
        assertTrue(redrawn.inlineKeyboard().stream().flatMap(List::stream)
                        .anyMatch(b -> b.text().equals("✓ In gallery") && b.callbackData().equals("gal:" + draft.id() + ":1")),
                redrawn.inlineKeyboard().toString());

        send(Updates.button(nextId(), OWNER, card, "approve:" + draft.id()));

        assertEquals(ProductStatus.PUBLISHED, products.byId(draft.id()).orElseThrow().status(),
                () -> TELEGRAM.calls().toString());
        Image main = aiVersion(draft, 2);
        Image second = aiVersion(draft, 1);
        assertTrue(main.isPublic() && second.isPublic(), images.ofProduct(draft.id()).toString());
        assertEquals(0, main.galleryPosition(), "the first added is the main photo");
        assertEquals(1, second.galleryPosition());
        assertEquals(List.of(threeQuarter.id(), studio.id()), List.of(main.id(), second.id()));

        String html = page("/d/" + draft.dressId());
        List<String> alts = alts(html);
        assertEquals(List.of(TITLE + " — AI-generated photo of a model wearing this piece, three-quarter pose",
                TITLE + " — AI-generated photo of a model wearing this piece",
                TITLE + " — photo of the piece from the shop"), alts, html);
        assertTrue(html.contains("/ai/" + draft.dressId() + "/v2"), html);
        assertTrue(html.contains("/ai/" + draft.dressId() + "/v1"), html);
        assertEquals(1, count(html, "loading=\"eager\""), "only the main photo loads at once");
        assertEquals(2, count(html, "loading=\"lazy\""), html);
    }

    @Test
    void withoutAGalleryApproveStillPublishesTheNewestReadyVersionAlone() throws Exception {
        Product draft = draftByBot();
        ready(aiVersion(draft, 1), Color.ORANGE);
        ready(images.add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2), AiStyle.BACK_VIEW)),
                Color.MAGENTA);

        send(Updates.button(nextId(), OWNER, TELEGRAM.addPhotoMessage(OWNER, "card"), "approve:" + draft.id()));

        assertTrue(aiVersion(draft, 2).isPublic());
        assertEquals(0, aiVersion(draft, 2).galleryPosition());
        assertTrue(!aiVersion(draft, 1).isPublic(), "only the newest, as the spec says");
        assertEquals(TITLE + " — AI-generated photo of a model wearing this piece, seen from the back",
                alts(page("/d/" + draft.dressId())).get(0));
    }

    // ---- helpers

    private Product draftByBot() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, Color.RED));
        send(Updates.photo(nextId(), OWNER, 9, fileId, 50_000, CAPTION, null));
        TELEGRAM.clear();
        return products.byId(latestProductId()).orElseThrow();
    }

    /** What the worker would have done: the AI photo stored and the image READY. */
    private Image ready(Image pending, Color color) {
        store.put(pending.storageKey(), TestImages.jpeg(600, 800, color), "image/jpeg");
        pending.markReady("signed-url");
        images.update(pending);
        return pending;
    }

    private Image aiVersion(Product product, int version) {
        return images.ofProduct(product.id()).stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.version() == version).findFirst().orElseThrow();
    }

    private List<String> queuedJobs() {
        return redis.xrange("ai-generation", (StreamEntryID) null, null).stream()
                .map(entry -> entry.getFields().get("job")).toList();
    }

    private static List<String> alts(String html) {
        Matcher m = Pattern.compile("<img [^>]*alt=\"([^\"]*)\"").matcher(html);
        List<String> alts = new java.util.ArrayList<>();
        while (m.find()) {
            alts.add(m.group(1));
        }
        return alts;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    private long latestProductId() throws Exception {
        try (var c = TestInfrastructure.connect();
             var rs = c.createStatement().executeQuery("SELECT MAX(id) FROM products")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nextId() {
        return UPDATE_IDS.incrementAndGet();
    }

    private void send(String update) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/telegram/webhook/" + TELEGRAM.token()))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
    }
}
