package com.rangoliboutique.adapter.out.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.TelegramBot;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Button;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Call;
import com.rangoliboutique.application.port.out.AdminNotifier.GenerationFailed;
import com.rangoliboutique.application.port.out.AdminNotifier.NotShareable;
import com.rangoliboutique.application.port.out.AdminNotifier.ShareCards;
import com.rangoliboutique.application.port.out.AdminNotifier.PreviewCard;
import com.rangoliboutique.application.port.out.AdminNotifier.Working;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductStatus;
import java.awt.Color;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real pengrad client against the local Bot API peer. */
class AdminNotifierTelegramAdapterIT {

    private static final long CHAT = 5_550_001L;
    private static final long PRODUCT = 17L;
    private static final DressId DRESS = new DressId(1042);
    private static final BigDecimal USD_FX_RATE = new BigDecimal("84.5");
    private static final ProductDetails SAREE = new ProductDetails("Banarasi silk saree", "",
            List.of("saree", "silk"), List.of("wedding", "red"), Price.ofRupees(12_500), List.of());
    private static final String CAPTION = """
            📦 D-1042: Banarasi silk saree
            💰 ₹12,500 (~$148)
            📂 saree, silk
            🏷 wedding, red
            🎨 AI v1

            Original ↑ | AI Generated ↓""";

    private static TelegramPeer peer;
    private static TelegramBot bot;
    private static AdminNotifierTelegramAdapter notifier;

    @BeforeAll
    static void startPeer() {
        peer = TelegramPeer.start();
        bot = TelegramClientFactory.create(peer.token(), peer.baseUrl() + "/");
        notifier = new AdminNotifierTelegramAdapter(bot);
    }

    @AfterAll
    static void stopPeer() {
        bot.shutdown();
        peer.close();
    }

    @BeforeEach
    void forgetCalls() {
        peer.clear();
    }

    @Test
    void previewUploadsTheOriginalThenTheAiPhotoWithTheFiveButtons() {
        byte[] original = TestImages.jpeg(600, 800, Color.RED);
        byte[] ai = TestImages.jpeg(768, 1024, Color.ORANGE);

        int messageId = notifier.sendPreview(new PreviewCard(CHAT, PRODUCT, DRESS, SAREE, USD_FX_RATE, 1, original, ai));

        List<Call> photos = peer.calls("sendPhoto");
        assertEquals(2, photos.size());
        Call first = photos.get(0);
        assertEquals(CHAT, first.chatId());
        assertEquals("📷 Original — D-1042", first.param("caption"));
        assertArrayEquals(original, first.file("photo"));
        assertEquals(List.of(), first.inlineKeyboard());
        Call second = photos.get(1);
        assertEquals(CHAT, second.chatId());
        assertEquals(CAPTION, second.param("caption"));
        assertArrayEquals(ai, second.file("photo"));
        assertEquals(List.of(
                        List.of(new Button("✅ Approve", "approve:17"), new Button("🔄 Regenerate", "regen:17")),
                        List.of(new Button("🎨 Style", "style:17"), new Button("➕ Add to gallery", "gal:17:1")),
                        List.of(new Button("📷 Publish original", "pub_orig:17"), new Button("✏️ Edit", "edit_meta:17")),
                        List.of(new Button("🗑 Discard", "discard:17"))),
                second.inlineKeyboard());
        assertEquals(Optional.of(CAPTION),
                peer.message(CHAT, messageId).map(message -> message.get("caption").getAsString()),
                "the id returned is the AI photo's message, the one callbacks will edit");
    }

    @Test
    void previewCaptionLongerThanTelegramAllowsIsCutNotRefused() {
        ProductDetails manyTags = new ProductDetails("Banarasi silk saree", "", List.of("saree"),
                Collections.nCopies(100, "very long tag"), Price.ofRupees(12_500), List.of());

        int messageId = notifier.sendPreview(new PreviewCard(CHAT, PRODUCT, DRESS, manyTags, USD_FX_RATE, 1,
                TestImages.jpeg(60, 80, Color.RED), TestImages.jpeg(60, 80, Color.BLUE)));

        String sent = peer.calls("sendPhoto").get(1).param("caption");
        assertTrue(sent.length() <= 1024, "length " + sent.length());
        assertTrue(sent.endsWith("…\n🎨 AI v1\n\nOriginal ↑ | AI Generated ↓"), sent);
        assertTrue(peer.message(CHAT, messageId).isPresent());
    }

    @Test
    void previewSaysWhenTheColoursMayDifferNamingBoth() {
        notifier.sendPreview(new PreviewCard(CHAT, PRODUCT, DRESS, SAREE, USD_FX_RATE, 1,
                TestImages.jpeg(60, 80, Color.RED), TestImages.jpeg(60, 80, Color.ORANGE),
                new ColourCheck(11.2, "maroon", "brick red", true)));

        assertEquals(CAPTION.replace("🎨 AI v1\n", "🎨 AI v1\n⚠️ Colours may differ from your photo: maroon → brick red."
                        + " Compare before approving.\n"),
                peer.calls("sendPhoto").get(1).param("caption"));
    }

    @Test
    void previewSaysWhenTheColoursMatch() {
        notifier.sendPreview(new PreviewCard(CHAT, PRODUCT, DRESS, SAREE, USD_FX_RATE, 1,
                TestImages.jpeg(60, 80, Color.RED), TestImages.jpeg(60, 80, Color.RED),
                new ColourCheck(1.3, "maroon", "maroon", false)));

        assertEquals(CAPTION.replace("🎨 AI v1\n", "🎨 AI v1\nColours match your photo ✓\n"),
                peer.calls("sendPhoto").get(1).param("caption"));
    }

    @Test
    void theColourWarningStaysOnACardWithManyTags() {
        ProductDetails manyTags = new ProductDetails("Banarasi silk saree", "", List.of("saree"),
                Collections.nCopies(100, "very long tag"), Price.ofRupees(12_500), List.of());

        notifier.sendPreview(new PreviewCard(CHAT, PRODUCT, DRESS, manyTags, USD_FX_RATE, 1,
                TestImages.jpeg(60, 80, Color.RED), TestImages.jpeg(60, 80, Color.BLUE),
                new ColourCheck(14.0, "maroon", "maroon", true)));

        String sent = peer.calls("sendPhoto").get(1).param("caption");
        assertTrue(sent.length() <= 1024, "length " + sent.length());
        assertTrue(sent.contains("…\n🎨 AI v1\n⚠️ Colours may differ from your photo: the maroon looks a different shade."
                + " Compare before approving.\n"), sent);
    }

    @Test
    void generationFailedTellsTheOwnerWithPublishOriginalRegenerateDiscard() {
        String text = "⚠️ AI generation failed for D-1042 after 3 attempts.\nError: blocked by safety filter\n"
                + "You can publish with original image only.";

        notifier.sendGenerationFailed(CHAT, PRODUCT,
                GenerationFailed.afterRetries(DRESS, 3, "blocked by safety filter"));

        Call call = peer.calls("sendMessage").get(0);
        assertEquals(CHAT, call.chatId());
        assertEquals(text, call.param("text"));
        assertEquals(List.of(
                        List.of(new Button("📷 Publish original", "pub_orig:17")),
                        List.of(new Button("🔄 Regenerate", "regen:17"), new Button("🗑 Discard", "discard:17"))),
                call.inlineKeyboard());
    }

    @Test
    void showUploadingPhotoSendsTheUploadPhotoChatAction() {
        notifier.showUploadingPhoto(CHAT);

        Call call = peer.calls("sendChatAction").get(0);
        assertEquals(CHAT, call.chatId());
        assertEquals("upload_photo", call.param("action"));
    }

    @Test
    void showWorkingSendsUploadPhotoAtOnceAndRenewsItUntilTheWorkIsDone() throws InterruptedException {
        Duration renewal = Duration.ofMillis(50);
        AdminNotifierTelegramAdapter renewing = new AdminNotifierTelegramAdapter(bot, new ProgressRenewal(renewal));
        try {
            List<Call> shown;
            try (Working working = renewing.showWorking(CHAT)) {
                shown = peer.awaitCalls("sendChatAction", 3, Duration.ofSeconds(10));
            }
            int whenDone = peer.calls("sendChatAction").size();
            Thread.sleep(renewal.multipliedBy(10).toMillis());   // ten renewals' time: none may come

            assertTrue(shown.stream().allMatch(c -> c.chatId() == CHAT && "upload_photo".equals(c.param("action"))),
                    shown.toString());
            assertTrue(peer.calls("sendChatAction").size() <= whenDone + 1, "at most the one under way when done");
        } finally {
            renewing.stopProgress();
        }
    }

    @Test
    void showWorkingNeverFailsTheWorkWhenTheIndicatorDoesNotGetThrough() {
        peer.dropConnections("sendChatAction");
        AdminNotifierTelegramAdapter renewing = new AdminNotifierTelegramAdapter(bot,
                new ProgressRenewal(Duration.ofMillis(50)));
        try (Working working = renewing.showWorking(CHAT)) {
            peer.awaitCalls("sendChatAction", 2, Duration.ofSeconds(10));   // the first one failed, yet it is renewed
        } finally {
            renewing.stopProgress();
        }
    }

    @Test
    void shareCardsGoAsTwoJpegDocumentsNamedForTheDressIdAndSaidWhatEachIsFor() {
        byte[] status = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        byte[] post = {(byte) 0xFF, (byte) 0xD8, 4, 5};

        notifier.sendShareCards(CHAT, new ShareCards(new DressId(1042), "https://shop.example/d/D-1042", status, post));

        List<Call> sent = peer.calls("sendDocument");
        assertEquals(2, sent.size());
        assertArrayEquals(status, sent.get(0).file("document"));
        assertEquals("D-1042-status.jpg", sent.get(0).fileName("document"));
        assertEquals("📲 D-1042 — for WhatsApp Status and stories (1080×1920). Forward it as it is.",
                sent.get(0).param("caption"));
        assertArrayEquals(post, sent.get(1).file("document"));
        assertEquals("D-1042-post.jpg", sent.get(1).fileName("document"));
        assertEquals("🖼 D-1042 — for a feed post (1080×1350).\nThe QR codes open https://shop.example/d/D-1042",
                sent.get(1).param("caption"));
        assertEquals(CHAT, sent.get(1).chatId());
    }

    @Test
    void noShareCardsSaysWhyInTheOwnersWords() {
        notifier.sendNoShareCards(CHAT, new NotShareable(Optional.of(new DressId(1042)), Optional.of(ProductStatus.DRAFT)));
        notifier.sendNoShareCards(CHAT, new NotShareable(Optional.of(new DressId(1043)), Optional.of(ProductStatus.HIDDEN)));
        notifier.sendNoShareCards(CHAT, NotShareable.gone());

        assertEquals(List.of("D-1042 is still a draft — share cards are made once it is published.",
                        "D-1043 is hidden from buyers — unhide it first, then its share cards can link to its page.",
                        "That piece is no longer in the shop, so there are no share cards to make."),
                peer.calls("sendMessage").stream().map(c -> c.param("text")).toList());
    }

    @Test
    void messageSendsPlainTextWithoutKeyboard() {
        notifier.message(CHAT, "✅ Draft created: D-1042 — ₹12,500 & more");

        Call call = peer.calls("sendMessage").get(0);
        assertEquals("✅ Draft created: D-1042 — ₹12,500 & more", call.param("text"));
        assertEquals(List.of(), call.inlineKeyboard());
        assertEquals(null, call.param("parse_mode"), "plain text: no Markdown/HTML surprises");
    }

    @Test
    void wrongTokenFailsWithoutRevealingTheToken() {
        String wrongToken = "123456:WRONG-secret-token-value";
        TelegramBot wrongBot = TelegramClientFactory.create(wrongToken, peer.baseUrl());

        TelegramException e = assertThrows(TelegramException.class,
                () -> new AdminNotifierTelegramAdapter(wrongBot).message(CHAT, "hello"));

        assertEquals("Telegram sendMessage failed: 401 Unauthorized", e.getMessage());
        assertFalse(stackTrace(e).contains(wrongToken));
        wrongBot.shutdown();
    }

    @Test
    void telegramRefusalNamesTheMethodAndTelegramsDescription() {
        peer.failNext("sendPhoto", 400, "Bad Request: chat not found");

        TelegramException e = assertThrows(TelegramException.class, () -> notifier.sendPreview(
                new PreviewCard(CHAT, PRODUCT, DRESS, SAREE, USD_FX_RATE, 1, TestImages.jpeg(60, 80, Color.RED),
                        TestImages.jpeg(60, 80, Color.BLUE))));

        assertEquals("Telegram sendPhoto failed: 400 Bad Request: chat not found", e.getMessage());
        assertEquals("sendPhoto", e.method());
        assertEquals(400, e.errorCode());
        assertFalse(e.isTransient());
        assertEquals(1, peer.calls("sendPhoto").size(), "the AI photo is not sent after the original failed");
    }

    @Test
    void floodControlIsTransientAndSaysHowLongToWait() {
        peer.failNextTooManyRequests("sendMessage", 7);

        TelegramException e = assertThrows(TelegramException.class, () -> notifier.message(CHAT, "hi"));

        assertEquals("Telegram sendMessage failed: 429 Too Many Requests: retry after 7", e.getMessage());
        assertEquals(Optional.of(7), e.retryAfterSeconds());
        assertTrue(e.isTransient());
    }

    @Test
    void droppedConnectionIsTransientAndHidesTheToken() {
        peer.dropConnections("sendChatAction");

        TelegramException e = assertThrows(TelegramException.class, () -> notifier.showUploadingPhoto(CHAT));

        assertTrue(e.getMessage().startsWith("Telegram sendChatAction failed: IOException: unexpected end of stream"),
                e.getMessage());
        assertEquals(0, e.errorCode());
        assertTrue(e.isTransient());
        assertFalse(stackTrace(e).contains(peer.token()));
    }

    @Test
    void unreachableTelegramHidesTheToken() {
        TelegramPeer gone = TelegramPeer.start();
        String baseUrl = gone.baseUrl();
        gone.close();
        TelegramBot offline = TelegramClientFactory.create(gone.token(), baseUrl);

        TelegramException e = assertThrows(TelegramException.class,
                () -> new AdminNotifierTelegramAdapter(offline).message(CHAT, "hello"));

        assertTrue(e.getMessage().startsWith("Telegram sendMessage failed: "), e.getMessage());
        assertTrue(e.isTransient());
        assertFalse(stackTrace(e).contains(gone.token()));
        offline.shutdown();
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
