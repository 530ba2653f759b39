package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopIdentity;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner's bot driven over real HTTP with Telegram-shaped updates; the real pengrad client talks to a Bot API peer. */
@MicronautTest(environments = "test", transactional = false)
class TelegramWebhookIT extends PostgresIT {

    static final long OWNER = 111_111L;
    static final long STRANGER = 999_999L;
    static final String SECRET = "webhook-secret-for-tests";
    static final String CAPTION = """
            Title: Red Banarasi Silk Saree
            Price: ₹12,500
            Category: saree, silk
            Tags: wedding, red, banarasi
            Variants: Size: Free Size; Color: Red with Gold Border""";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(1000);

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    Images images;
    @Inject
    ImageStore store;
    @Inject
    JobInbox inbox;
    @Inject
    AuditLog audit;
    @Inject
    Settings settings;
    @Inject
    RedisClient redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                OWNER + ", 222222"));
        p.put("telegram.webhook-per-minute", "10000");
        p.put("telegram.album-quiet", "300ms");
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

    // ---- the door: path token, secret, admins, duplicates

    @Test
    void aWrongPathTokenIs404AndChangesNothing() throws Exception {
        HttpResponse<String> response = post("/telegram/webhook/123:not-the-token", SECRET, photoUpdate(CAPTION));
        assertEquals(404, response.statusCode());
        assertNothingHappened();
    }

    @Test
    void aForgedOrMissingSecretIs403AndChangesNothing() throws Exception {
        assertEquals(403, post(webhook(), "guess", photoUpdate(CAPTION)).statusCode());
        assertEquals(403, post(webhook(), null, photoUpdate(CAPTION)).statusCode());
        assertNothingHappened();
    }

    @Test
    void strangersAreAnswered200AndIgnored() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        HttpResponse<String> response = post(webhook(), SECRET,
                Updates.photo(nextId(), STRANGER, 1, fileId, 50_000, CAPTION, null));
        assertEquals(200, response.statusCode());
        assertEquals(200, send(Updates.text(nextId(), STRANGER, "/stats")).statusCode());
        assertNothingHappened();
    }

    @Test
    void anUpdateDeliveredFiveTimesMakesOneDraftAndOneReply() throws Exception {
        String update = photoUpdate(CAPTION);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, post(webhook(), SECRET, update).statusCode());
        }
        assertEquals(1, products.countByStatus().get(ProductStatus.DRAFT));
        assertEquals(1, TELEGRAM.calls("sendMessage").size());
    }

    @Test
    void garbageInsteadOfAnUpdateIs400() throws Exception {
        assertEquals(400, post(webhook(), SECRET, "{\"hello\": ").statusCode());
        assertNothingHappened();
    }

    // ---- flow A: photo + caption → draft

    @Test
    void aPhotoWithCaptionBecomesADraftWithItsJobQueued() throws Exception {
        byte[] photo = TestImages.jpeg(900, 1200, java.awt.Color.RED);
        String fileId = TELEGRAM.addFile(photo);

        assertEquals(200, send(Updates.photo(nextId(), OWNER, 7, fileId, photo.length, CAPTION, null)).statusCode());

        String reply = onlyReply();
        Product draft = onlyProduct();
        assertEquals("✅ Draft created: " + draft.dressId() + "\nTitle: Red Banarasi Silk Saree\nPrice: ₹12,500\n"
                + "AI image is being generated...", reply);
        assertEquals(ProductStatus.DRAFT, draft.status());
        assertEquals(Price.ofRupees(12500), draft.price());
        assertEquals(List.of("saree", "silk"), draft.categories());
        assertEquals(OWNER, draft.telegramChatId());
        assertEquals(2, draft.variants().size());
        List<Image> stored = images.ofProduct(draft.id());
        assertEquals(List.of(ImageType.ORIGINAL, ImageType.AI_GENERATED), stored.stream().map(Image::type).toList());
        assertEquals(ImageStatus.PENDING, stored.get(1).status());
        byte[] original = store.get(stored.get(0).storageKey());
        assertTrue(original.length > 0 && (original[0] & 0xFF) == 0xFF && (original[1] & 0xFF) == 0xD8, "JPEG");
        assertEquals(stored.get(1).id(), inbox.take(Duration.ofSeconds(1)).orElseThrow().job().imageId());
        assertEquals(List.of(AuditAction.CREATE_DRAFT), actions(draft));
        assertEquals(OWNER, audit.ofProduct(draft.id()).get(0).adminId());
    }

    @Test
    void anImageSentAsAFileIsTakenToo() throws Exception {
        byte[] png = TestImages.png(800, 1000, java.awt.Color.RED);
        String fileId = TELEGRAM.addFile(png);

        send(Updates.document(nextId(), OWNER, fileId, png.length, "image/png", "saree.png", CAPTION));

        assertTrue(onlyReply().startsWith("✅ Draft created: "));
        assertEquals(1, products.countByStatus().get(ProductStatus.DRAFT));
    }

    @Test
    void twentyConcurrentPhotosGetTwentyDistinctDressIds() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String update = Updates.photo(nextId(), OWNER, 100 + i, fileId, 50_000, CAPTION, null);
            statuses.add(pool.submit(() -> send(update).statusCode()));
        }
        for (Future<Integer> status : statuses) {
            assertEquals(200, status.get());
        }
        pool.shutdown();

        Set<String> replies = new HashSet<>();
        TELEGRAM.calls("sendMessage").forEach(c -> replies.add(c.param("text").split("\n")[0]));
        assertEquals(20, replies.size(), "20 distinct '✅ Draft created: D-…' lines");
        assertEquals(20, products.countByStatus().get(ProductStatus.DRAFT));
    }

    @Test
    void anAlbumBecomesOneProductWithEveryPhotoWhicheverCarriesTheCaption() throws Exception {
        String a = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        String b = TELEGRAM.addFile(TestImages.jpeg(1000, 1200, java.awt.Color.RED));
        String c = TELEGRAM.addFile(TestImages.jpeg(800, 1200, java.awt.Color.RED));
        send(Updates.photo(nextId(), OWNER, 50, a, 50_000, null, "album-1"));
        send(Updates.photo(nextId(), OWNER, 51, b, 50_000, CAPTION, "album-1"));
        send(Updates.photo(nextId(), OWNER, 52, c, 50_000, null, "album-1"));

        TELEGRAM.awaitCalls("sendMessage", 1, Duration.ofSeconds(10));
        Thread.sleep(500);
        Product draft = onlyProduct();
        assertTrue(onlyReply().contains("Photos: 3"));
        assertEquals(3, images.ofProduct(draft.id()).stream().filter(i -> i.type() == ImageType.ORIGINAL).count());
    }

    // ---- bad input: answered in the chat, nothing saved

    @Test
    void aPhotoWithoutCaptionGetsTheTemplateAndNothingIsSaved() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        send(Updates.photo(nextId(), OWNER, 3, fileId, 50_000, null, null));
        assertTrue(onlyReply().startsWith("📝 Add a caption to the photo"));
        assertTrue(onlyReply().contains("Title: Red Banarasi Silk Saree"));
        assertNoProducts();
    }

    @Test
    void aBrokenCaptionGetsEveryProblemAndNothingIsSaved() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        send(Updates.photo(nextId(), OWNER, 3, fileId, 50_000, "Price: twelve thousand\nColour: red", null));
        String reply = onlyReply();
        assertTrue(reply.startsWith("❌ I could not make a draft from that caption:"), reply);
        assertTrue(reply.contains("Colour"), reply);
        assertTrue(reply.contains("Title is missing"), reply);
        assertTrue(reply.contains("twelve thousand"), reply);
        assertNoProducts();
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedAndNothingIsSaved() throws Exception {
        String notAPhoto = "❌ That file is not a photo — send a JPEG, PNG or WebP picture. Nothing was saved.";
        String textFile = TELEGRAM.addFile("%PDF-1.4 not a photo".getBytes());
        send(Updates.photo(nextId(), OWNER, 3, textFile, 20, CAPTION, null));
        assertEquals(notAPhoto, onlyReply(), "refused by its content");
        TELEGRAM.clear();
        send(Updates.document(nextId(), OWNER, textFile, 20, "application/pdf", "catalog.pdf", CAPTION));
        assertEquals(notAPhoto, onlyReply(), "refused by its MIME type");
        assertNoProducts();
    }

    @Test
    void aCaptionWithAControlCharacterIsRefusedByItsLineAndNothingIsSaved() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        String caption = CAPTION.replace("₹12,500", "₹12,\u0000500");

        assertEquals(200, send(Updates.photo(nextId(), OWNER, 3, fileId, 50_000, caption, null)).statusCode());

        String reply = onlyReply();
        assertTrue(reply.startsWith("❌ I could not make a draft from that caption:\n• Line 2 (Price) holds an"
                + " invisible control character (U+0000) — delete the line and type it again.\n"), reply);
        assertTrue(reply.chars().noneMatch(c -> c == 0), "the character is not echoed");
        assertNoProducts();
    }

    @Test
    void aCommandWithAControlCharacterIsRefusedAndChangesNothing() throws Exception {
        String refused = "❌ Your message holds an invisible control character (U+0000) — delete it and type the"
                + " message again. Nothing was saved.";

        send(Updates.text(nextId(), OWNER, "/setwhatsapp +44 7700\u0000 900123"));
        assertEquals(refused, lastReply());
        send(Updates.text(nextId(), OWNER, "/setrate 84\u0000.5"));
        assertEquals(refused, lastReply());

        assertEquals("919876543210", settings.load().whatsappNumber());
        assertEquals(0, new BigDecimal("83.00").compareTo(settings.load().usdFxRate()));
        assertTrue(audit.latest(10).isEmpty(), () -> "audited: " + audit.latest(10));
    }

    @Test
    void editTextWithAControlCharacterIsRefusedAndEditModeStays() throws Exception {
        Product draft = draftProduct();
        send(Updates.text(nextId(), OWNER, "/edit " + draft.dressId()));

        send(Updates.text(nextId(), OWNER, "Title: Maroon Saree\nPrice: 13\u0007000"));

        assertEquals("❌ Line 2 of your message holds an invisible control character (U+0007) — delete that line and"
                + " type it again. Nothing was saved.", lastReply());
        Product unchanged = products.byId(draft.id()).orElseThrow();
        assertEquals(draft.title(), unchanged.title());
        assertEquals(draft.price(), unchanged.price());
        send(Updates.text(nextId(), OWNER, "Price: 13000"));
        assertEquals(Price.ofRupees(13000), products.byId(draft.id()).orElseThrow().price(), "still in edit mode");
    }

    @Test
    void anOversizePhotoIsRefusedBeforeDownloadingAndNothingIsSaved() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        send(Updates.document(nextId(), OWNER, fileId, 15L * 1024 * 1024, "image/jpeg", "big.jpg", CAPTION));
        assertTrue(onlyReply().contains("the limit is 10 MB"), onlyReply());
        assertTrue(TELEGRAM.calls("getFile").isEmpty(), "not downloaded");
        assertNoProducts();
    }

    @Test
    void aDecompressionBombIsRefusedAndNothingIsSaved() throws Exception {
        String fileId = TELEGRAM.addFile(bombPng(100_000, 100_000));
        send(Updates.photo(nextId(), OWNER, 3, fileId, 100, CAPTION, null));
        assertTrue(onlyReply().contains("megapixels"), onlyReply());
        assertNoProducts();
    }

    @Test
    void anUnexpectedFailureIsToldToTheOwnerAndAnswered200SoTelegramDoesNotRetryForever() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        TELEGRAM.failNext("getFile", 500, "Internal Server Error");

        HttpResponse<String> response = send(Updates.photo(nextId(), OWNER, 3, fileId, 50_000, CAPTION, null));

        assertEquals(200, response.statusCode());
        assertEquals(BotTexts.somethingWentWrong(), onlyReply());
        assertNoProducts();
    }

    // ---- commands

    @Test
    void setrateChangesTheRateAndExplainsMistakes() throws Exception {
        send(Updates.text(nextId(), OWNER, "/setrate 84.5"));
        assertEquals(new BigDecimal("84.5"), settings.load().usdFxRate());
        assertTrue(lastReply().startsWith("💱 USD rate set to ₹84.5"), lastReply());

        send(Updates.text(nextId(), OWNER, "/setrate abc"));
        assertTrue(lastReply().startsWith("❌ \"abc\" is not an exchange rate"), lastReply());
        send(Updates.text(nextId(), OWNER, "/setrate"));
        assertEquals(BotTexts.USAGE_SETRATE, lastReply());
        assertEquals(new BigDecimal("84.5"), settings.load().usdFxRate());
        assertEquals(AuditAction.SET_RATE, audit.latest(1).get(0).action());
    }

    @Test
    void setwhatsappNormalisesTheNumber() throws Exception {
        send(Updates.text(nextId(), OWNER, "/setwhatsapp +44 7700 900123"));
        assertEquals("447700900123", settings.load().whatsappNumber());
        send(Updates.text(nextId(), OWNER, "/setwhatsapp 98765 43210"));
        assertTrue(lastReply().contains("country code"), lastReply());
        assertEquals("447700900123", settings.load().whatsappNumber());
    }

    @Test
    void soldoutHideUnhideMoveAPublishedProductAndAreAudited() throws Exception {
        Product product = publishedProduct();
        String id = product.dressId().value();

        send(Updates.text(nextId(), OWNER, "/soldout " + id.toLowerCase()));
        assertEquals(ProductStatus.SOLD_OUT, status(product));
        assertEquals("🔴 " + id + " is marked sold out.", lastReply());
        send(Updates.text(nextId(), OWNER, "/hide " + id));
        assertEquals(ProductStatus.HIDDEN, status(product));
        send(Updates.text(nextId(), OWNER, "/unhide " + id.substring(2)));
        assertEquals(ProductStatus.PUBLISHED, status(product));
        assertEquals(List.of(AuditAction.CREATE_DRAFT, AuditAction.PUBLISH_ORIGINAL_ONLY, AuditAction.SOLD_OUT, AuditAction.HIDE,
                AuditAction.UNHIDE), actions(product));
    }

    @Test
    void statusCommandsExplainRefusalsAndBadArguments() throws Exception {
        Product draft = draftProduct();
        send(Updates.text(nextId(), OWNER, "/soldout " + draft.dressId()));
        assertEquals("❌ " + draft.dressId() + " is still a draft — approve it first.", lastReply());
        send(Updates.text(nextId(), OWNER, "/hide"));
        assertEquals("Usage: /hide D-1042 — takes the piece off the catalog.", lastReply());
        send(Updates.text(nextId(), OWNER, "/hide banana"));
        assertTrue(lastReply().startsWith("❌ \"banana\" is not a dress ID"), lastReply());
        send(Updates.text(nextId(), OWNER, "/unhide D-9999"));
        assertEquals("❌ There is no product D-9999.", lastReply());
        assertEquals(ProductStatus.DRAFT, status(draft));
    }

    @Test
    void statsHelpAndUnknownCommandsAnswerInOneMessage() throws Exception {
        publishedProduct();
        draftProduct();
        send(Updates.text(nextId(), OWNER, "/stats"));
        assertTrue(lastReply().startsWith("📊 Products: 2\nPublished: 1\nDrafts: 1\nHidden: 0\nSold out: 0\n\n"),
                lastReply());
        send(Updates.text(nextId(), OWNER, "/help"));
        assertTrue(lastReply().contains("/soldout D-1042"));
        send(Updates.text(nextId(), OWNER, "/start"));
        assertTrue(lastReply().startsWith("Rangoli Boutique bot 🌸\n\nAdd a product"), lastReply());
        send(Updates.text(nextId(), OWNER, "/dance"));
        assertEquals("I don't know /dance. Send /help for the commands.", lastReply());
        assertEquals(4, TELEGRAM.calls("sendMessage").size() - 0);
    }

    // ---- the shop's identity

    @Test
    void setshopSetownerAndSettaglineChangeTheShopsIdentityAndAreAudited() throws Exception {
        send(Updates.text(nextId(), OWNER, "/setshop   Lakshmi & Co.  "));
        assertEquals("🏷️ Shop name set to Lakshmi & Co. — every page and every WhatsApp message uses it now.",
                lastReply());
        send(Updates.text(nextId(), OWNER, "/setowner लक्ष्मी देवी"));
        assertEquals("👋 Buyers now greet लक्ष्मी देवी in their WhatsApp message.", lastReply());
        send(Updates.text(nextId(), OWNER, "/settagline Handloom <sarees> from \"Jaipur\" 🌸"));
        assertEquals("✨ Tagline set to Handloom <sarees> from \"Jaipur\" 🌸 — shown under the shop's name on every page.",
                lastReply());

        assertEquals(new ShopIdentity("Lakshmi & Co.", "लक्ष्मी देवी", "Handloom <sarees> from \"Jaipur\" 🌸"),
                settings.load().identity());
        List<AuditEntry> entries = audit.latest(3);
        assertEquals(List.of(AuditAction.SET_TAGLINE, AuditAction.SET_OWNER_NAME, AuditAction.SET_SHOP_NAME),
                entries.stream().map(AuditEntry::action).toList());
        assertEquals(Map.of("from", "Rangoli Boutique", "to", "Lakshmi & Co."), entries.get(2).payload());
        assertEquals(OWNER, entries.get(2).adminId());

        send(Updates.text(nextId(), OWNER, "/help"));
        assertTrue(lastReply().startsWith("Lakshmi & Co. bot 🌸\n"), lastReply());
        assertTrue(lastReply().contains("/setshop Rangoli Boutique — the shop's name"), lastReply());
        assertTrue(lastReply().contains("/settings — every setting and how to change it"), lastReply());
    }

    @Test
    void theIdentityCommandsExplainEveryRefusalAndChangeNothing() throws Exception {
        send(Updates.text(nextId(), OWNER, "/setshop"));
        assertEquals(BotTexts.USAGE_SETSHOP, lastReply());
        assertEquals("Usage: /setshop Rangoli Boutique — the shop's name (at most 60 characters), shown on every page"
                + " and in WhatsApp messages.", lastReply());
        send(Updates.text(nextId(), OWNER, "/setowner   "));
        assertEquals(BotTexts.USAGE_SETOWNER, lastReply());
        send(Updates.text(nextId(), OWNER, "/settagline"));
        assertEquals(BotTexts.USAGE_SETTAGLINE, lastReply());

        send(Updates.text(nextId(), OWNER, "/setshop " + "A".repeat(61)));
        assertEquals("❌ The shop's name can have at most 60 characters; \"" + "A".repeat(39) + "…\" has 61.",
                lastReply());
        send(Updates.text(nextId(), OWNER, "/setowner " + "क".repeat(61)));
        assertEquals("❌ The name buyers greet can have at most 60 characters; \"" + "क".repeat(39) + "…\" has 61.",
                lastReply());
        send(Updates.text(nextId(), OWNER, "/settagline " + "t".repeat(121)));
        assertEquals("❌ The tagline can have at most 120 characters; \"" + "t".repeat(39) + "…\" has 121.",
                lastReply());
        send(Updates.text(nextId(), OWNER, "/setshop Rangoli\nBoutique"));
        assertEquals("❌ The shop's name must be one line — send it without line breaks, like /setshop Rangoli"
                + " Boutique.", lastReply());
        send(Updates.text(nextId(), OWNER, "/settagline Sarees\u0007 & dresses"));
        assertEquals("❌ Your message holds an invisible control character (U+0007) — delete it and type the message"
                + " again. Nothing was saved.", lastReply());

        assertEquals(ShopIdentity.DEFAULTS, settings.load().identity());
        assertTrue(audit.latest(10).isEmpty(), () -> "audited: " + audit.latest(10));
    }

    @Test
    void settingsShowsEveryValueAndHowToChangeIt() throws Exception {
        send(Updates.text(nextId(), OWNER, "/setrate 84.5"));
        send(Updates.text(nextId(), OWNER, "/setshop Meera's Sarees"));

        send(Updates.text(nextId(), OWNER, "/settings"));

        assertEquals("""
                ⚙️ Settings
                USD rate: ₹84.5 per $1 — change: /setrate 84.5
                WhatsApp number: +919876543210 — change: /setwhatsapp +91 98765 43210
                Shop name: Meera's Sarees — change: /setshop New Name
                Owner name (buyers greet): Poonam Jain — change: /setowner Your Name
                Tagline: Sarees & dresses · order on WhatsApp — change: /settagline Your line""", lastReply());
    }

    // ---- /stats: what buyers did, and the chart

    @Test
    void statsComparesTheWeeksRanksThePiecesAndSendsAThirtyDayChart() throws Exception {
        Product sells = publishedProduct();
        Product looked = publishedProduct();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        visits(sells, today, 30, 3);
        visits(sells, today.minusDays(8), 10, 1);          // the week before
        visits(looked, today.minusDays(1), 25, 0);

        send(Updates.text(nextId(), OWNER, "/stats"));

        assertEquals(List.of("sendMessage", "sendPhoto"), TELEGRAM.calls().stream().map(TelegramPeer.Call::method).toList());
        String reply = lastReply();
        assertTrue(reply.startsWith("📊 Products: 2\nPublished: 2\nDrafts: 0\nHidden: 0\nSold out: 0\n\n📈 Last 7 days ("),
                reply);
        assertTrue(reply.contains("👀 Views: 55 ▲ 450%\n💬 WhatsApp taps: 3 ▲ 200%\n🎯 Taps per 100 views: 5.5 ▼ (was 10.0)"),
                reply);
        assertTrue(reply.contains("🏆 Most asked about:\n1. " + sells.dressId() + " Red Banarasi Silk Saree — 3 taps, 30 views"),
                reply);
        assertTrue(reply.contains("🤔 Looked at a lot, never asked about:\n• " + looked.dressId()
                + " Red Banarasi Silk Saree — 0 taps, 25 views"), reply);
        assertTrue(reply.contains("📂 By category:\n• saree — 55 views, 3 taps\n• silk — 55 views, 3 taps"), reply);

        TelegramPeer.Call photo = TELEGRAM.calls("sendPhoto").get(0);
        assertEquals(String.valueOf(OWNER), photo.param("chat_id"));
        assertTrue(photo.param("caption").startsWith("📊 Views and WhatsApp taps per day"), photo.param("caption"));
        java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.file("photo")));
        assertEquals(1200, chart.getWidth(), "a PNG the size of a phone screen's chart");
        assertEquals(800, chart.getHeight());
    }

    @Test
    void statsWithNothingCountedSaysSoAndSendsNoChart() throws Exception {
        publishedProduct();

        send(Updates.text(nextId(), OWNER, "/stats"));

        assertTrue(onlyReply().contains("📈 No views or WhatsApp taps counted in the last 30 days yet — they show here"
                + " (with a chart) once buyers open your pieces.\n\n🤖 AI photos in "), onlyReply());
        assertTrue(TELEGRAM.calls("sendPhoto").isEmpty(), "no chart of zeros");
    }

    // ---- the morning digest's buttons (the digest itself is sent by the worker)

    @Test
    void stockAlertButtonsHideMarkSoldOutAndKeepEachAnsweredFirstAndAudited() throws Exception {
        Product hidden = publishedProduct();
        Product sold = publishedProduct();
        Product kept = publishedProduct();

        int alert = TELEGRAM.addTextMessage(OWNER, "📦 alert");
        send(Updates.buttonOnText(nextId(), OWNER, alert, "st_hide:" + hidden.dressId(), "📦 alert"));
        assertEquals("answerCallbackQuery", TELEGRAM.calls().get(0).method(), "the spinner stops first");
        assertEquals(ProductStatus.HIDDEN, status(hidden));
        assertTrue(actions(hidden).contains(AuditAction.HIDE));
        assertEquals("🙈 " + hidden.dressId() + " is hidden from the catalog.",
                TELEGRAM.calls("editMessageText").get(0).param("text"));
        assertTrue(TELEGRAM.message(OWNER, alert).orElseThrow().get("reply_markup") == null, "its buttons are gone");

        TELEGRAM.clear();
        int second = TELEGRAM.addTextMessage(OWNER, "📦 alert");
        send(Updates.buttonOnText(nextId(), OWNER, second, "st_sold:" + sold.dressId(), "📦 alert"));
        assertEquals(ProductStatus.SOLD_OUT, status(sold));
        assertTrue(actions(sold).contains(AuditAction.SOLD_OUT));
        assertEquals("🔴 " + sold.dressId() + " is marked sold out.", TELEGRAM.calls("editMessageText").get(0).param("text"));

        TELEGRAM.clear();
        send(Updates.buttonOnText(nextId(), OWNER, second, "st_sold:" + sold.dressId(), "📦 alert"));
        assertTrue(TELEGRAM.calls("answerCallbackQuery").get(0).param("text") != null, "a refusal is the press's notice");
        assertTrue(TELEGRAM.calls("editMessageText").isEmpty());

        TELEGRAM.clear();
        int third = TELEGRAM.addTextMessage(OWNER, "📦 alert");
        send(Updates.buttonOnText(nextId(), OWNER, third, "st_keep:" + kept.dressId(), "📦 alert"));
        assertEquals(ProductStatus.PUBLISHED, status(kept));
        AuditEntry keep = audit.ofProduct(kept.id()).stream().filter(e -> e.action() == AuditAction.KEEP_ON_SALE)
                .findFirst().orElseThrow();
        assertEquals(OWNER, keep.adminId());
        java.time.Instant until = silentUntil(kept);
        java.time.Instant inThirtyDays = java.time.Instant.now().plus(Duration.ofDays(30));
        assertTrue(Duration.between(until, inThirtyDays).abs().toMinutes() < 5, "silent for 30 days: " + until);
        assertEquals("👍 Keeping " + kept.dressId() + " on sale — no reminder about it until "
                        + until.atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalDate()
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.ENGLISH)) + ".",
                TELEGRAM.calls("editMessageText").get(0).param("text"));
    }

    @Test
    void strangersPressingStockAlertButtonsChangeNothing() throws Exception {
        Product piece = publishedProduct();
        int alert = TELEGRAM.addTextMessage(STRANGER, "📦 alert");
        for (String action : List.of("st_hide", "st_sold", "st_keep")) {
            assertEquals(200, send(Updates.buttonOnText(nextId(), STRANGER, alert, action + ":" + piece.dressId(),
                    "📦 alert")).statusCode());
        }
        assertEquals(ProductStatus.PUBLISHED, status(piece));
        assertTrue(TELEGRAM.calls().isEmpty(), () -> "Telegram was called: " + TELEGRAM.calls());
        assertTrue(actions(piece).stream().noneMatch(a -> a == AuditAction.HIDE || a == AuditAction.KEEP_ON_SALE));
    }

    @Test
    void aWaitingDraftsButtonsInTheDigestRewriteItsTextMessage() throws Exception {
        Product draft = draftProduct();
        int reminder = TELEGRAM.addTextMessage(OWNER, "📝 Draft waiting");

        send(Updates.buttonOnText(nextId(), OWNER, reminder, "approve:" + draft.id(), "📝 Draft waiting"));

        assertEquals("answerCallbackQuery", TELEGRAM.calls().get(0).method());
        assertEquals(ProductStatus.PUBLISHED, status(draft));
        assertEquals("✅ PUBLISHED: " + draft.dressId() + "\nRed Banarasi Silk Saree",
                TELEGRAM.calls("editMessageText").get(0).param("text"));
        assertTrue(TELEGRAM.calls("editMessageCaption").isEmpty());
    }

    // ---- the preview card's buttons

    @Test
    void approveAnswersTheButtonFirstPublishesAndRewritesTheCard() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");

        send(Updates.button(nextId(), OWNER, card, "approve:" + draft.id()));

        List<TelegramPeer.Call> calls = TELEGRAM.calls();
        assertEquals("answerCallbackQuery", calls.get(0).method(), "the spinner stops first");
        assertEquals(ProductStatus.PUBLISHED, status(draft));
        TelegramPeer.Call edit = TELEGRAM.calls("editMessageCaption").get(0);
        assertEquals("✅ PUBLISHED: " + draft.dressId() + "\nRed Banarasi Silk Saree", edit.param("caption"));
        assertEquals(String.valueOf(card), edit.param("message_id"));
        assertTrue(actions(draft).contains(AuditAction.PUBLISH));

        TELEGRAM.clear();
        send(Updates.button(nextId(), OWNER, card, "approve:" + draft.id()));
        assertEquals(draft.dressId() + " is already published.", TELEGRAM.calls("answerCallbackQuery").get(0).param("text"));
        assertTrue(TELEGRAM.calls("editMessageCaption").isEmpty(), "nothing changes");
    }

    @Test
    void approvePressedTwiceAtOncePublishesOnce() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> presses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String press = Updates.button(nextId(), OWNER, card, "approve:" + draft.id());
            presses.add(pool.submit(() -> send(press).statusCode()));
        }
        for (Future<Integer> press : presses) {
            assertEquals(200, press.get());
        }
        pool.shutdown();

        assertEquals(ProductStatus.PUBLISHED, status(draft));
        assertEquals(1, actions(draft).stream().filter(a -> a == AuditAction.PUBLISH).count());
    }

    @Test
    void publishOriginalOnlyPublishesWithoutTheAiPhoto() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");
        send(Updates.button(nextId(), OWNER, card, "pub_orig:" + draft.id()));
        assertEquals(ProductStatus.PUBLISHED, status(draft));
        assertEquals("✅ PUBLISHED (original only): " + draft.dressId(),
                TELEGRAM.calls("editMessageCaption").get(0).param("caption"));
    }

    @Test
    void regenerateQueuesANewVersionAndStopsAtFiveAnHour() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");
        for (int i = 0; i < 5; i++) {
            send(Updates.button(nextId(), OWNER, card, "regen:" + draft.id()));
        }
        assertEquals("🔄 Regenerating AI image v6 for " + draft.dressId() + "...",
                TELEGRAM.calls("editMessageCaption").get(4).param("caption"));
        TELEGRAM.clear();

        send(Updates.button(nextId(), OWNER, card, "regen:" + draft.id()));

        String answer = TELEGRAM.calls("answerCallbackQuery").get(0).param("text");
        assertTrue(answer.startsWith("You can regenerate 5 times an hour — try again in "), answer);
        assertEquals(6, images.ofProduct(draft.id()).stream().filter(i -> i.type() == ImageType.AI_GENERATED).count());
    }

    @Test
    void discardDeletesTheDraftItsRowsAndItsStoredPhotos() throws Exception {
        Product draft = draftProduct();
        String originalKey = images.ofProduct(draft.id()).get(0).storageKey();
        assertTrue(store.get(originalKey).length > 0, "the owner's photo is stored before the discard");
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");

        send(Updates.button(nextId(), OWNER, card, "discard:" + draft.id()));

        assertTrue(products.byId(draft.id()).isEmpty());
        assertTrue(images.ofProduct(draft.id()).isEmpty());
        assertThrows(NoSuchElementException.class, () -> store.get(originalKey), "the photo is gone from the store");
        assertEquals("🗑 Discarded: " + draft.dressId(), TELEGRAM.calls("editMessageCaption").get(0).param("caption"));
        assertEquals(AuditAction.DISCARD, audit.latest(1).get(0).action());
    }

    @Test
    void aButtonForADiscardedProductSaysItWasDiscarded() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");
        send(Updates.button(nextId(), OWNER, card, "discard:" + draft.id()));
        TELEGRAM.clear();

        send(Updates.button(nextId(), OWNER, card, "approve:" + draft.id()));

        assertEquals("That product is no longer in the shop — it was discarded.",
                TELEGRAM.calls("answerCallbackQuery").get(0).param("text"));
        assertTrue(TELEGRAM.calls("editMessageCaption").isEmpty(), "nothing changes");
    }

    @Test
    void aButtonForAProductThatNeverExistedDoesNotClaimItWasDiscarded() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");

        send(Updates.button(nextId(), OWNER, card, "approve:" + (draft.id() + 1000)));

        assertEquals("That button is not from this shop's cards — no product ever had that number.",
                TELEGRAM.calls("answerCallbackQuery").get(0).param("text"));
        assertEquals(ProductStatus.DRAFT, status(draft));
        assertTrue(TELEGRAM.calls("editMessageCaption").isEmpty(), "nothing changes");
    }

    @Test
    void editChangesOnlyTheGivenFieldsThenLeavesEditMode() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");
        send(Updates.button(nextId(), OWNER, card, "edit_meta:" + draft.id()));
        assertTrue(lastReply().startsWith("✏️ Editing " + draft.dressId()), lastReply());

        send(Updates.text(nextId(), OWNER, "Price: 13,000\nTitle: Maroon Banarasi Silk Saree"));

        Product edited = products.byId(draft.id()).orElseThrow();
        assertEquals(Price.ofRupees(13000), edited.price());
        assertEquals("Maroon Banarasi Silk Saree", edited.title());
        assertEquals(draft.tags(), edited.tags());
        assertTrue(lastReply().startsWith("✅ Saved " + draft.dressId()), lastReply());
        send(Updates.text(nextId(), OWNER, "Price: 1"));
        assertEquals(BotTexts.notUnderstood(), lastReply(), "edit mode is over");
        assertTrue(actions(draft).contains(AuditAction.EDIT));
    }

    @Test
    void editByCommandCanBeCancelledAndExplainsBadLines() throws Exception {
        Product draft = draftProduct();
        send(Updates.text(nextId(), OWNER, "/edit " + draft.dressId()));
        send(Updates.text(nextId(), OWNER, "Price: lots"));
        assertTrue(lastReply().startsWith("❌ Nothing was changed:"), lastReply());
        send(Updates.text(nextId(), OWNER, "/cancel"));
        assertEquals("OK — edit mode left, nothing changed.", lastReply());
        assertEquals(draft.price(), products.byId(draft.id()).orElseThrow().price());
    }

    // ---- helpers

    private Product draftProduct() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        send(Updates.photo(nextId(), OWNER, 9, fileId, 50_000, CAPTION, null));
        TELEGRAM.clear();
        return products.byId(latestProductId()).orElseThrow();
    }

    private Product publishedProduct() throws Exception {
        Product draft = draftProduct();
        int card = TELEGRAM.addPhotoMessage(OWNER, "card");
        send(Updates.button(nextId(), OWNER, card, "pub_orig:" + draft.id()));
        TELEGRAM.clear();
        return products.byId(draft.id()).orElseThrow();
    }

    /** A day's counts as the web side's counting leaves them (a row of piece_daily_stats). */
    private static void visits(Product product, LocalDate day, int views, int taps) throws Exception {
        try (var c = com.rangoliboutique.adapter.out.persistence.TestInfrastructure.connect();
             var s = c.prepareStatement("INSERT INTO piece_daily_stats (product_id, day, views, taps) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, product.id());
            s.setObject(2, day);
            s.setInt(3, views);
            s.setInt(4, taps);
            s.executeUpdate();
        }
    }

    private static java.time.Instant silentUntil(Product product) throws Exception {
        try (var c = com.rangoliboutique.adapter.out.persistence.TestInfrastructure.connect();
             var s = c.prepareStatement("SELECT silent_until FROM stock_alert_silences WHERE product_id = ?")) {
            s.setLong(1, product.id());
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next(), "no silence for " + product.dressId());
                return rs.getTimestamp(1).toInstant();
            }
        }
    }

    private long latestProductId() throws Exception {
        try (var c = com.rangoliboutique.adapter.out.persistence.TestInfrastructure.connect();
             var rs = c.createStatement().executeQuery("SELECT MAX(id) FROM products")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private ProductStatus status(Product product) {
        return products.byId(product.id()).orElseThrow().status();
    }

    private List<AuditAction> actions(Product product) {
        return audit.ofProduct(product.id()).stream().map(AuditEntry::action).toList();
    }

    private Product onlyProduct() throws Exception {
        assertEquals(1, products.countByStatus().values().stream().mapToLong(Long::longValue).sum());
        return products.byId(latestProductId()).orElseThrow();
    }

    private String onlyReply() {
        List<TelegramPeer.Call> sent = TELEGRAM.calls("sendMessage");
        assertEquals(1, sent.size(), () -> "replies: " + sent);
        return sent.get(0).param("text");
    }

    private String lastReply() {
        List<TelegramPeer.Call> sent = TELEGRAM.calls("sendMessage");
        assertTrue(!sent.isEmpty(), "no reply");
        return sent.get(sent.size() - 1).param("text");
    }

    private void assertNoProducts() {
        assertEquals(0, products.countByStatus().values().stream().mapToLong(Long::longValue).sum());
    }

    private void assertNothingHappened() {
        assertNoProducts();
        assertTrue(TELEGRAM.calls().isEmpty(), () -> "Telegram was called: " + TELEGRAM.calls());
    }

    private String photoUpdate(String caption) {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        return Updates.photo(nextId(), OWNER, 5, fileId, 50_000, caption, null);
    }

    private static long nextId() {
        return UPDATE_IDS.incrementAndGet();
    }

    private String webhook() {
        return "/telegram/webhook/" + TELEGRAM.token();
    }

    private HttpResponse<String> send(String update) throws Exception {
        return post(webhook(), SECRET, update);
    }

    private HttpResponse<String> post(String path, String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A PNG whose header claims {@code width × height} pixels, with a valid IHDR CRC and almost no data. */
    static byte[] bombPng(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        out.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
