package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.in.queue.WorkerFixture.Draft;
import com.rangoliboutique.adapter.out.ai.ColourCheckProperties;
import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Button;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.image.ImageStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.RedisClient;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.OWNER_CHAT;
import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flow B end to end: the real worker with real PostgreSQL, Redis and S3Proxy, and the Gemini and Telegram peers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenerationFlowIT {

    private static final Duration DONE = Duration.ofSeconds(30);

    private final WorkerFixture fixture = new WorkerFixture();
    private EmbeddedServer worker;
    private ApplicationContext context;
    private Images images;
    private Products products;
    private JobQueue queue;

    @BeforeAll
    void startWorker() {
        worker = ApplicationContext.run(EmbeddedServer.class, fixture.properties(), "test");
        context = worker.getApplicationContext();
        images = context.getBean(Images.class);
        products = context.getBean(Products.class);
        queue = context.getBean(JobQueue.class);
    }

    @AfterAll
    void stop() {
        worker.close();
        fixture.close();
    }

    @BeforeEach
    void reset() {
        fixture.telegram.clear();
        context.getBean(RedisClient.class).flushDB();
    }

    @Test
    void aDraftGetsItsAiPhotoStoredPrivatelyAndThePreviewCardWithFiveButtons() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(context);

        queue.enqueue(draft.job());

        List<TelegramPeer.Call> photos = fixture.telegram.awaitCalls("sendPhoto", 2, DONE);
        await("the image READY", DONE, () -> status(draft) == ImageStatus.READY);

        assertArrayEquals(draft.garment(), photos.get(0).file("photo"), "the original is uploaded as bytes");
        assertEquals("📷 Original — " + draft.product().dressId(), photos.get(0).param("caption"));
        byte[] aiJpeg = photos.get(1).file("photo");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(aiJpeg)), "the AI photo is a real image");
        assertEquals(OWNER_CHAT, photos.get(1).chatId());
        assertEquals("📦 " + draft.product().dressId() + ": Red Banarasi Silk Saree\n💰 ₹12,500 (~$151)\n"
                        + "📂 saree, silk\n🏷 wedding, red, banarasi\n🎨 AI v1\nColours match your photo ✓\n\n"
                        + "Original ↑ | AI Generated ↓",
                photos.get(1).param("caption"));
        long id = draft.product().id();
        assertEquals(List.of("approve:" + id, "regen:" + id, "style:" + id, "gal:" + id + ":1", "pub_orig:" + id,
                        "edit_meta:" + id, "discard:" + id),
                photos.get(1).inlineKeyboard().stream().flatMap(List::stream).map(Button::callbackData).toList());
        assertArrayEquals(aiJpeg, context.getBean(ImageStore.class).get(draft.ai().storageKey()),
                "the card shows what is stored");
        await("the card's message id stored", DONE, () -> products.byId(id).orElseThrow().telegramMessageId() != null);
        assertEquals(java.util.Optional.of(draft.product().dressId()),
                context.getBean(com.rangoliboutique.application.port.out.PieceMessages.class)
                        .pieceOf(OWNER_CHAT, products.byId(id).orElseThrow().telegramMessageId()),
                "a reply to the card acts on its piece");
        assertTrue(fixture.telegram.calls("sendChatAction").stream()
                .anyMatch(c -> "upload_photo".equals(c.param("action"))), "the owner saw the progress indicator");
        assertTrue(fixture.gemini.requests().size() >= 1);
    }

    @Test
    void anAiPhotoThatTurnedTheMaroonBrickRedIsFlaggedOnTheCardAndTheFigureKeptWithTheImage() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(WorkerFixture.BRICK_RED), "image/png"));
        Draft draft = WorkerFixture.draft(context);

        queue.enqueue(draft.job());

        List<TelegramPeer.Call> photos = fixture.telegram.awaitCalls("sendPhoto", 2, DONE);
        await("the image READY", DONE, () -> status(draft) == ImageStatus.READY);
        assertTrue(photos.get(1).param("caption").contains("🎨 AI v1\n⚠️ Colours may differ from your photo: maroon →"
                + " brick red. Compare before approving.\n\nOriginal ↑ | AI Generated ↓"), photos.get(1).param("caption"));
        ColourCheck stored = images.byId(draft.ai().id()).orElseThrow().colourCheck();
        assertEquals("maroon", stored.originalColour());
        assertEquals("brick red", stored.aiColour());
        assertTrue(stored.differs());
        assertTrue(stored.deltaE() > context.getBean(ColourCheckProperties.class).threshold(), stored.toString());
    }

    @Test
    void aFaithfulAiPhotoIsSaidToMatchAndItsFigureKeptWithTheImage() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(context);

        queue.enqueue(draft.job());

        List<TelegramPeer.Call> photos = fixture.telegram.awaitCalls("sendPhoto", 2, DONE);
        await("the image READY", DONE, () -> status(draft) == ImageStatus.READY);
        assertTrue(photos.get(1).param("caption").endsWith("🎨 AI v1\nColours match your photo ✓\n\n"
                + "Original ↑ | AI Generated ↓"), photos.get(1).param("caption"));
        ColourCheck stored = images.byId(draft.ai().id()).orElseThrow().colourCheck();
        assertEquals(new ColourCheck(stored.deltaE(), "maroon", "maroon", false), stored);
        assertTrue(stored.deltaE() < context.getBean(ColourCheckProperties.class).threshold(), stored.toString());
    }

    @Test
    void aFinishedJobRunAgainChangesNothing() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(context);
        queue.enqueue(draft.job());
        fixture.telegram.awaitCalls("sendPhoto", 2, DONE);
        await("READY", DONE, () -> status(draft) == ImageStatus.READY);
        int geminiCalls = fixture.gemini.requests().size();

        queue.enqueue(draft.job());
        await("the second run to finish", DONE, () -> !context.getBean(
                com.rangoliboutique.application.port.out.JobInbox.class).isLive(draft.ai().id()));

        assertEquals(geminiCalls, fixture.gemini.requests().size(), "no second generation");
        assertEquals(2, fixture.telegram.calls("sendPhoto").size(), "no second card");
    }

    @Test
    void theSameJobEnqueuedTwiceRunsOnce() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png").after(Duration.ofMillis(800)));
        Draft draft = WorkerFixture.draft(context);
        int before = fixture.gemini.requests().size();

        queue.enqueue(draft.job());
        queue.enqueue(draft.job());

        fixture.telegram.awaitCalls("sendPhoto", 2, DONE);
        await("READY", DONE, () -> status(draft) == ImageStatus.READY);
        Thread.sleep(1500);
        assertEquals(1, fixture.gemini.requests().size() - before);
        assertEquals(2, fixture.telegram.calls("sendPhoto").size());
    }

    @Test
    void transientFailuresAreRetriedAfterTheirDelaysThenTheOwnerGetsTheFallbackButtons() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.error(500, "INTERNAL", "the model is overloaded"));
        Draft draft = WorkerFixture.draft(context);
        int before = fixture.gemini.requests().size();
        Instant start = Instant.now();

        queue.enqueue(draft.job());

        TelegramPeer.Call told = fixture.telegram.awaitCalls("sendMessage", 1, DONE).get(0);
        Duration took = Duration.between(start, Instant.now());
        await("FAILED", DONE, () -> status(draft) == ImageStatus.FAILED);
        assertEquals(4, fixture.gemini.requests().size() - before, "the first attempt and 3 retries");
        assertTrue(took.compareTo(Duration.ofMillis(200 + 300 + 400)) >= 0, "waited the retry delays: " + took);
        assertTrue(told.param("text").startsWith("⚠️ AI generation failed for " + draft.product().dressId()
                + " after 4 attempts.\nError: the AI service had a temporary problem"), told.param("text"));
        long id = draft.product().id();
        assertEquals(List.of("pub_orig:" + id, "regen:" + id, "discard:" + id),
                told.inlineKeyboard().stream().flatMap(List::stream).map(Button::callbackData).toList());
        assertEquals(0, fixture.telegram.calls("sendPhoto").size());
    }

    @Test
    void aSafetyBlockFailsAtOnceAndTheOwnerLearnsWhy() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.promptBlocked("SAFETY"));
        Draft draft = WorkerFixture.draft(context);
        int before = fixture.gemini.requests().size();

        queue.enqueue(draft.job());

        TelegramPeer.Call told = fixture.telegram.awaitCalls("sendMessage", 1, DONE).get(0);
        await("FAILED", DONE, () -> status(draft) == ImageStatus.FAILED);
        assertEquals(1, fixture.gemini.requests().size() - before, "not retried: another try would be refused too");
        assertTrue(told.param("text").contains("blocked by safety filter"), told.param("text"));
        assertTrue(told.param("text").contains("Try another style (🎨 Style) or publish your own photo"
                + " (📷 Publish original)"), told.param("text"));
        long id = draft.product().id();
        assertEquals(List.of("pub_orig:" + id, "style:" + id, "regen:" + id, "discard:" + id),
                told.inlineKeyboard().stream().flatMap(List::stream).map(Button::callbackData).toList(),
                "the button the message names is on it");
    }

    @Test
    void aBackViewJobSendsTheBackViewPromptAndItsCardNamesTheLook() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(context, AiStyle.BACK_VIEW);
        int before = fixture.gemini.requests().size();

        queue.enqueue(draft.job());

        List<TelegramPeer.Call> photos = fixture.telegram.awaitCalls("sendPhoto", 2, DONE);
        await("READY", DONE, () -> status(draft) == ImageStatus.READY);
        List<GeminiPeer.Request> sent = fixture.gemini.requests();
        assertEquals(1, sent.size() - before);
        String prompt = sent.get(sent.size() - 1).body().at("/contents/0/parts/1/text").asText();
        assertTrue(prompt.startsWith("Generate a photorealistic studio photograph of an Indian woman wearing\n"
                + "the exact garment shown in the reference image, seen from behind."), prompt);
        assertTrue(prompt.contains("- Back view: standing straight, facing away from the camera"), prompt);
        assertTrue(prompt.contains("- Preserve the EXACT pattern, color, texture, weave, and embroidery"), prompt);
        assertTrue(prompt.contains("- No nudity or revealing poses"), prompt);
        assertTrue(photos.get(1).param("caption").contains("🎨 AI v1 · Back view\n"), photos.get(1).param("caption"));
    }

    @Test
    void garbageFromTheModelFailsAtOnce() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image("not an image at all".getBytes(), "image/png"));
        Draft draft = WorkerFixture.draft(context);

        queue.enqueue(draft.job());

        TelegramPeer.Call told = fixture.telegram.awaitCalls("sendMessage", 1, DONE).get(0);
        await("FAILED", DONE, () -> status(draft) == ImageStatus.FAILED);
        assertTrue(told.param("text").contains("the AI returned something that is not a picture we can read"),
                told.param("text"));
    }

    @Test
    void telegramFloodControlWhileSendingTheCardWaitsItsRetryAfterAndReusesTheStoredPhotoWithoutGeneratingAgain()
            throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(context);
        int before = fixture.gemini.requests().size();
        fixture.telegram.failNextTooManyRequests("sendPhoto", 1);
        Instant start = Instant.now();

        queue.enqueue(draft.job());

        List<TelegramPeer.Call> photos = fixture.telegram.awaitCalls("sendPhoto", 3, DONE);
        await("READY", DONE, () -> status(draft) == ImageStatus.READY);
        Duration took = Duration.between(start, Instant.now());
        assertEquals(1, fixture.gemini.requests().size() - before, "one paid generation, however often the card is sent");
        assertTrue(took.compareTo(Duration.ofSeconds(1)) >= 0, "waited Telegram's retry_after: " + took);
        assertArrayEquals(photos.get(2).file("photo"), context.getBean(ImageStore.class).get(draft.ai().storageKey()),
                "the card shows the photo stored by the first attempt");
        assertEquals(0, fixture.telegram.calls("sendMessage").size(), "no failure told");
    }

    @Test
    void aCardThatCouldNotBeSentIsRetriedWithTheStoredPhoto() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(context);
        int before = fixture.gemini.requests().size();
        fixture.telegram.failNext("sendPhoto", 502, "Bad Gateway");

        queue.enqueue(draft.job());

        fixture.telegram.awaitCalls("sendPhoto", 3, DONE);
        await("READY", DONE, () -> status(draft) == ImageStatus.READY);
        assertEquals(1, fixture.gemini.requests().size() - before, "the retry only sent the card again");
    }

    @Test
    void aDraftWhoseJobNeverReachedRedisIsRecoveredByTheSweep() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        Draft draft = WorkerFixture.draft(context); // Redis was down: nothing enqueued
        backdate(draft);

        fixture.telegram.awaitCalls("sendPhoto", 2, DONE);
        await("READY", DONE, () -> status(draft) == ImageStatus.READY);
    }

    private ImageStatus status(Draft draft) {
        return images.byId(draft.ai().id()).orElseThrow().status();
    }

    private static void backdate(Draft draft) throws Exception {
        try (var c = TestInfrastructure.connect(); var s = c.createStatement()) {
            s.execute("UPDATE images SET created_at = NOW() - INTERVAL '1 minute' WHERE id = " + draft.ai().id());
        }
    }
}
