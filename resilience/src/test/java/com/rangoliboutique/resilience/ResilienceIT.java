package com.rangoliboutique.resilience;

import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

import java.awt.Color;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resilience suite (issue 11): the built {@code web-app.jar} and {@code worker-app.jar} run as processes, as in
 * a deployment, on a PostgreSQL and a Redis of each test's own, which the test stops, restarts or flushes in the
 * middle of the work; Telegram and Gemini are local peers that speak their real protocols, can fail or stall on
 * command and record every call with its time. Each test builds a fresh shop ({@link Shop}: empty database, empty
 * Redis, new peers, its own storage directory), plays one fault a real shop meets — Telegram delivering an update
 * again, the owner tapping a button twice, the worker killed mid-generation, Redis losing its data with jobs queued
 * or restarting mid-generation, PostgreSQL restarting under buyers' traffic, Gemini failing every time — and asserts
 * only on what people see: the messages the owner got (the Telegram peer's calls), the rows in the database, and the
 * HTTP answers buyers get.
 * Waits are conditions with deadlines, never fixed sleeps; "exactly one" is asserted once the queue is drained, when
 * nothing more can arrive. The processes' output stays in {@code target/resilience-logs/{test}/}.
 * <p>
 * Alone (the sibling modules are not installed, so {@code -am} builds the jars first):
 * {@code ./mvnw -pl resilience -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ResilienceIT
 * -Dfailsafe.failIfNoSpecifiedTests=false}; one test: {@code -Dit.test='ResilienceIT#jobsLost*'}.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ResilienceIT {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final Duration GENERATION = Duration.ofSeconds(60);

    private Shop shop;

    @BeforeEach
    void openShop(TestInfo test) throws Exception {
        shop = Shop.open(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeShop() throws Exception {
        shop.close();
    }

    @Test
    void anUpdateDeliveredFiveTimesMakesOneDraftAndOneReply() throws Exception {
        shop.startWeb();
        String update = shop.photoUpdate("Red Banarasi Silk Saree");

        // Telegram delivers again when an answer is slow: three deliveries at once, then two more after them
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<HttpResponse<String>>> atOnce = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            atOnce.add(pool.submit(() -> shop.deliver(update)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> delivery : atOnce) {
            statuses.add(delivery.get().statusCode());
        }
        pool.shutdown();
        statuses.add(shop.deliver(update).statusCode());
        statuses.add(shop.deliver(update).statusCode());

        assertEquals(List.of(200, 200, 200, 200, 200), statuses);
        Rows.Product draft = shop.rows.onlyProductTitled("Red Banarasi Silk Saree");
        assertEquals("DRAFT", draft.status());
        List<TelegramPeer.Call> replies = shop.telegram.calls("sendMessage");
        assertEquals(1, replies.size(), () -> "the owner's messages: " + texts(replies));
        assertTrue(replies.get(0).param("text").startsWith("✅ Draft created: " + draft.dressId()),
                replies.get(0).param("text"));
        assertEquals(List.of("CREATE_DRAFT"), shop.rows.auditActions(draft.id()));
        assertEquals(1, shop.rows.aiImagesOf(draft.id()).size(), "one AI image pending");
        assertEquals(1, shop.redis.longReply("XLEN", "ai-generation"), "one generation job queued");
    }

    @Test
    void aButtonPressedTwiceChangesTheProductOnceAndTheSecondPressSaysSo() throws Exception {
        shop.gemini.alwaysReply(GeminiPeer.image(TestImages.png(600, 800, new Color(245, 239, 230)), "image/png"));
        shop.startWeb();
        shop.startWorker(Map.of());
        Rows.Product draft = shop.draft("Maroon Kanjivaram Saree");
        Await.until("the preview card", GENERATION,
                () -> shop.previewCards().size() == 1 && shop.rows.product(draft.id()).orElseThrow().cardMessageId() != null,
                shop::outputs);
        String approve = callbackData(shop.previewCards().get(0), "approve:");
        int card = shop.rows.product(draft.id()).orElseThrow().cardMessageId();
        shop.telegram.clear();

        // a double tap: Telegram sends two callback queries, two update ids
        int first = shop.deliver(shop.buttonUpdate(card, approve)).statusCode();
        int second = shop.deliver(shop.buttonUpdate(card, approve)).statusCode();

        assertEquals(List.of(200, 200), List.of(first, second));
        assertEquals("PUBLISHED", shop.rows.product(draft.id()).orElseThrow().status());
        List<String> audit = shop.rows.auditActions(draft.id());
        assertEquals(1, Collections.frequency(audit, "PUBLISH"), () -> "audit: " + audit);
        List<TelegramPeer.Call> answers = shop.telegram.calls("answerCallbackQuery");
        assertEquals(2, answers.size(), "each press is answered");
        assertEquals(null, answers.get(0).param("text"), "the first press just stops the spinner");
        assertEquals(draft.dressId() + " is already published.", answers.get(1).param("text"));
        List<TelegramPeer.Call> edits = shop.telegram.calls("editMessageCaption");
        assertEquals(1, edits.size(), "the card is rewritten once");
        assertTrue(edits.get(0).param("caption").startsWith("✅ PUBLISHED: " + draft.dressId()),
                edits.get(0).param("caption"));
        Await.until("the published piece on the catalog", SOON,
                () -> shop.get("/d/" + draft.dressId()).statusCode() == 200, shop::outputs);
    }

    @Test
    void aWorkerKilledMidGenerationLeavesExactlyOneCardAfterTheNextWorkerStarts() throws Exception {
        byte[] photo = TestImages.png(600, 800, new Color(245, 239, 230));
        shop.gemini.thenReply(GeminiPeer.image(photo, "image/png").after(Duration.ofMinutes(5)))
                .alwaysReply(GeminiPeer.image(photo, "image/png"));
        shop.startWeb();
        RunningJar doomed = shop.startWorker(Map.of());
        Rows.Product draft = shop.draft("Green Chanderi Saree");
        Await.until("the first worker to ask Gemini", GENERATION, () -> generateRequests().size() == 1, shop::outputs);

        doomed.kill(); // SIGKILL while Gemini is still thinking

        assertEquals("PENDING", onlyAiImage(draft).status());
        assertTrue(shop.previewCards().isEmpty());
        shop.startWorker(Map.of());
        Await.until("the AI image READY", GENERATION, () -> onlyAiImage(draft).status().equals("READY"), shop::outputs);
        Await.until("the queue drained", SOON, shop::queueDrained, shop::outputs);

        List<TelegramPeer.Call> cards = shop.previewCards();
        assertEquals(1, cards.size(), "one preview card");
        assertEquals(Shop.OWNER, cards.get(0).chatId());
        assertEquals("approve:" + draft.id(), callbackData(cards.get(0), "approve:"));
        assertEquals(2, shop.telegram.calls("sendPhoto").size(), "the card's two photos, original and AI, once");
        assertEquals(2, generateRequests().size(), "the killed attempt and the one that finished");
    }

    @Test
    void jobsLostWithRedisDataAreGeneratedByTheSweep() throws Exception {
        shop.gemini.alwaysReply(GeminiPeer.image(TestImages.png(600, 800, new Color(245, 239, 230)), "image/png"));
        shop.startWeb();
        List<Rows.Product> drafts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            drafts.add(shop.draft("Lost Job Saree " + i));
        }
        assertEquals(3, shop.redis.longReply("XLEN", "ai-generation"), "three jobs queued, no worker yet");

        shop.redis.flushAll(); // Redis restarted without persistence, or flushed by mistake

        assertEquals(0, shop.redis.longReply("DBSIZE"));
        shop.startWorker(Map.of("WORKER_SWEEP_EVERY", "500ms", "WORKER_ORPHAN_AFTER", "1s"));
        Await.until("every AI image READY", GENERATION,
                () -> shop.rows.aiImages().stream().allMatch(image -> image.status().equals("READY")), shop::outputs);
        Await.until("the queue drained", SOON, shop::queueDrained, shop::outputs);

        assertEquals(3, shop.rows.aiImages().size());
        Set<String> carded = shop.previewCards().stream().map(card -> callbackData(card, "approve:"))
                .collect(Collectors.toSet());
        Set<String> expected = drafts.stream().map(draft -> "approve:" + draft.id()).collect(Collectors.toSet());
        assertEquals(expected, carded, "one card for each draft");
        assertEquals(3, shop.previewCards().size(), "and no more");
    }

    @Test
    void postgresRestartedUnderCatalogLoadServesCachedPagesAndRecoversWithoutARestart() throws Exception {
        RunningJar web = shop.startWeb();
        Rows.Product a = shop.draft("Ivory Silk Saree");
        Rows.Product b = shop.draft("Saffron Silk Saree");
        shop.publishOriginal(a);
        shop.publishOriginal(b);
        Await.until("both pieces on the catalog", SOON, () -> {
            String home = shop.get("/").body();
            return home.contains(a.dressId()) && home.contains(b.dressId());
        }, shop::outputs);
        List<String> pages = List.of("/", "/d/" + a.dressId(), "/d/" + b.dressId(), "/?category=saree",
                "/?min=1000&max=20000", "/?q=silk");
        for (String page : pages) {
            assertEquals(200, shop.get(page).statusCode(), page);
        }

        CatalogLoad load = new CatalogLoad(shop, pages);
        load.start();
        try {
            Await.until("buyers browsing", SOON, () -> load.rounds("before") >= 2, shop::outputs);
            load.phase("outage");
            Instant stopped = Instant.now();
            shop.postgres.stop();
            AtomicReference<String> healthDuringOutage = new AtomicReference<>();
            Await.until("/health to report the database down", SOON, () -> {
                HttpResponse<String> health = shop.get("/health");
                healthDuringOutage.set(health.statusCode() + " " + health.body());
                return health.statusCode() == 503;
            }, shop::outputs);
            // a few seconds of outage, with every page asked for several times in it
            Await.until("several rounds of pages during the outage", SOON, () -> load.rounds("outage") >= 3
                    && Duration.between(stopped, Instant.now()).toSeconds() >= 4, shop::outputs);
            load.phase("after");
            shop.postgres.start();
            web.awaitHttp(shop.webUrl("/health"), 200, Duration.ofSeconds(60));
            Await.until("buyers browsing after the restart", SOON, () -> load.rounds("after") >= 2, shop::outputs);
            assertTrue(healthDuringOutage.get().contains("\"db\":\"DOWN\""), healthDuringOutage.get());
        } finally {
            load.stop();
        }
        assertEquals(List.of(), load.failures(), "pages cached before the outage answered otherwise than 200");

        // the web process, never restarted, reads and writes again: a page never rendered before, a new piece
        assertEquals(200, shop.get("/?category=silk").statusCode());
        Rows.Product c = shop.draft("Teal Silk Saree");
        shop.publishOriginal(c);
        Await.until("the piece published after the restart on the catalog", SOON,
                () -> shop.get("/").body().contains(c.dressId()), shop::outputs);
    }

    @Test
    void geminiFailingEveryTimeEndsInAFailedImageAndTheFallbackButtonsWithinASecond() throws Exception {
        shop.gemini.alwaysReply(GeminiPeer.error(500, "INTERNAL", "The model is overloaded"));
        shop.startWeb();
        shop.startWorker(Map.of("WORKER_RETRY_DELAYS", "200ms,200ms"));
        Rows.Product draft = shop.draft("Mustard Cotton Saree");

        Await.until("the AI image FAILED", GENERATION, () -> onlyAiImage(draft).status().equals("FAILED"), shop::outputs);
        Await.until("the owner told", SOON, () -> !failureMessages(draft).isEmpty(), shop::outputs);
        Await.until("the queue drained", SOON, shop::queueDrained, shop::outputs);

        List<GeminiPeer.Request> tries = generateRequests();
        assertEquals(3, tries.size(), "the first attempt and two retries");
        List<TelegramPeer.Call> told = failureMessages(draft);
        assertEquals(1, told.size(), "told once");
        TelegramPeer.Call message = told.get(0);
        assertEquals(Shop.OWNER, message.chatId());
        assertTrue(message.param("text").contains("AI generation failed for " + draft.dressId()), message.param("text"));
        assertEquals(List.of(List.of("pub_orig:" + draft.id()), List.of("regen:" + draft.id(), "discard:" + draft.id())),
                message.inlineKeyboard().stream().map(row -> row.stream().map(TelegramPeer.Button::callbackData).toList())
                        .toList());
        Duration gap = Duration.between(tries.get(tries.size() - 1).at(), message.at());
        assertFalse(gap.isNegative(), "told after the last try, not before it");
        assertTrue(shop.previewCards().isEmpty(), "no preview card");
    }

    @Test
    void aRedisRestartMidGenerationLosesNoDraftAndSendsNoCardTwice() throws Exception {
        byte[] photo = TestImages.png(600, 800, new Color(245, 239, 230));
        shop.gemini.thenReply(GeminiPeer.image(photo, "image/png").after(Duration.ofSeconds(4)))
                .alwaysReply(GeminiPeer.image(photo, "image/png"));
        shop.startWeb();
        RunningJar worker = shop.startWorker(Map.of("WORKER_SWEEP_EVERY", "500ms", "WORKER_ORPHAN_AFTER", "1s"));
        Rows.Product before = shop.draft("Plum Georgette Saree");
        Await.until("the worker to ask Gemini", GENERATION, () -> generateRequests().size() == 1, shop::outputs);

        shop.redis.stop(); // mid-generation; it comes back empty (no persistence), as a restarted cache server does
        Await.until("the worker's /health to report Redis down", SOON,
                () -> shop.getUrl(shop.workerHealthUrl(worker)).body().contains("\"redis\":\"DOWN\""), shop::outputs);
        shop.redis.start();
        Await.until("the worker's /health UP again", SOON,
                () -> shop.getUrl(shop.workerHealthUrl(worker)).statusCode() == 200, shop::outputs);
        Rows.Product after = shop.draft("Lilac Georgette Saree");

        Await.until("both AI images READY", GENERATION, () -> shop.rows.aiImages().size() == 2
                && shop.rows.aiImages().stream().allMatch(image -> image.status().equals("READY")), shop::outputs);
        Await.until("the queue drained", SOON, shop::queueDrained, shop::outputs);
        List<String> cards = shop.previewCards().stream().map(card -> callbackData(card, "approve:")).sorted().toList();
        assertEquals(Stream.of("approve:" + before.id(), "approve:" + after.id()).sorted().toList(), cards,
                "one card for each draft, none twice");
    }

    @Test
    void withRedisDownAPhotoStillBecomesADraftAndItsAiPhotoComesOnceRedisIsBack() throws Exception {
        shop.gemini.alwaysReply(GeminiPeer.image(TestImages.png(600, 800, new Color(245, 239, 230)), "image/png"));
        RunningJar web = shop.startWeb();
        shop.startWorker(Map.of("WORKER_SWEEP_EVERY", "500ms", "WORKER_ORPHAN_AFTER", "1s"));
        shop.redis.stop();

        String update = shop.photoUpdate("Saffron Chanderi Saree");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = shop.deliver(update);
            assertEquals(200, answer.statusCode(), () -> answer.body() + "\n" + shop.outputs());
        }
        Rows.Product draft = shop.rows.onlyProductTitled("Saffron Chanderi Saree");
        assertEquals("PENDING", onlyAiImage(draft).status());
        List<String> replies = texts(shop.telegram.calls("sendMessage"));
        assertEquals(1, replies.size(), () -> "one reply for three deliveries: " + replies);
        assertTrue(replies.get(0).startsWith("✅ Draft created: " + draft.dressId()), replies.get(0));
        assertTrue(replies.get(0).contains("AI image is delayed"), replies.get(0));
        assertEquals(1, web.output().split("Redis is unreachable", -1).length - 1,
                () -> "said once per outage:\n" + web.output());

        shop.redis.start(); // empty: the job never reached it
        Await.until("the AI image READY", GENERATION, () -> onlyAiImage(draft).status().equals("READY"), shop::outputs);
        Await.until("the queue drained", SOON, shop::queueDrained, shop::outputs);
        assertEquals(List.of("approve:" + draft.id()),
                shop.previewCards().stream().map(card -> callbackData(card, "approve:")).toList(), "one card");
        Await.until("the web process to say Redis is back", SOON, () -> web.output().contains("Redis is back"),
                shop::outputs);
    }

    @Test
    void withPostgresDownAnUpdateIs503AndIsMadeADraftWhenTelegramDeliversItAgainAfterwards() throws Exception {
        shop.gemini.alwaysReply(GeminiPeer.image(TestImages.png(600, 800, new Color(245, 239, 230)), "image/png"));
        shop.startWeb();
        RunningJar worker = shop.startWorker(Map.of("WORKER_SWEEP_EVERY", "500ms", "WORKER_ORPHAN_AFTER", "1s"));
        String update = shop.photoUpdate("Teal Paithani Saree");
        shop.postgres.stop();

        HttpResponse<String> refused = shop.deliver(update);
        assertEquals(503, refused.statusCode(), () -> refused.body() + "\n" + shop.outputs());
        assertFalse(refused.body().contains(shop.telegram.token()));
        assertEquals(503, shop.deliver(update).statusCode(), "Telegram's next try, database still away");
        assertTrue(shop.get("/health").body().contains("\"db\":\"DOWN\""));
        assertTrue(shop.getUrl(shop.workerHealthUrl(worker)).body().contains("\"db\":\"DOWN\""));
        List<String> told = texts(shop.telegram.calls("sendMessage"));
        assertEquals(1, told.size(), () -> "told once: " + told);
        assertTrue(told.get(0).startsWith("⏳ The shop's database is not answering"), told.get(0));

        shop.postgres.start();
        assertEquals(0, shop.rows.products(), "nothing half-saved");
        Await.until("a delivery after the database is back to be handled", SOON,
                () -> shop.deliver(update).statusCode() == 200, shop::outputs);
        Rows.Product draft = shop.rows.onlyProductTitled("Teal Paithani Saree");
        Await.until("the worker, untouched, to generate its AI photo", GENERATION,
                () -> onlyAiImage(draft).status().equals("READY"), shop::outputs);
        assertEquals(200, shop.deliver(update).statusCode());
        assertEquals(1, shop.rows.productsTitled("Teal Paithani Saree").size(), "handled once");
        Await.until("the worker's /health UP again", SOON,
                () -> shop.getUrl(shop.workerHealthUrl(worker)).statusCode() == 200, shop::outputs);
    }

    @Test
    void anAlbumWhoseWebProcessDiedBeforeItsQuietMomentIsFinishedByAnotherProcess() throws Exception {
        RunningJar first = shop.startWeb(Map.of("TELEGRAM_ALBUM_QUIET", "8s"));
        String caption = Shop.caption("Ivory Kota Doria Saree");
        for (String part : List.of(shop.albumPartUpdate("album-77", null), shop.albumPartUpdate("album-77", caption),
                shop.albumPartUpdate("album-77", null))) {
            assertEquals(200, shop.deliver(part).statusCode());
        }
        first.kill(); // within the album's quiet moment: its own timer dies with it

        shop.startWeb(Map.of());
        Await.until("the other process to make the album's draft", SOON,
                () -> shop.rows.productsTitled("Ivory Kota Doria Saree").size() == 1, shop::outputs);
        Rows.Product draft = shop.rows.onlyProductTitled("Ivory Kota Doria Saree");
        assertEquals(3, shop.rows.originalPhotos(draft.id()), "every photo of the album");
        Await.until("the owner told", SOON, () -> !shop.telegram.calls("sendMessage").isEmpty(), shop::outputs);
        List<String> told = texts(shop.telegram.calls("sendMessage"));
        assertEquals(1, told.size(), () -> "one reply: " + told);
        assertTrue(told.get(0).startsWith("✅ Draft created: " + draft.dressId()), told.get(0));
    }

    // ---- helpers

    private Rows.AiImage onlyAiImage(Rows.Product draft) throws Exception {
        List<Rows.AiImage> images = shop.rows.aiImagesOf(draft.id());
        assertEquals(1, images.size(), () -> "AI images: " + images);
        return images.get(0);
    }

    /** The owner's messages offering to go on without AI for {@code draft} (a Publish original button). */
    private List<TelegramPeer.Call> failureMessages(Rows.Product draft) {
        return shop.telegram.calls("sendMessage").stream().filter(call -> call.inlineKeyboard().stream()
                .flatMap(List::stream).anyMatch(b -> ("pub_orig:" + draft.id()).equals(b.callbackData()))).toList();
    }

    private List<GeminiPeer.Request> generateRequests() {
        return shop.gemini.requests().stream().filter(r -> r.path().endsWith(":generateContent")).toList();
    }

    /** The callback data of the card's button whose data starts with {@code prefix}. */
    private static String callbackData(TelegramPeer.Call card, String prefix) {
        return card.inlineKeyboard().stream().flatMap(List::stream).map(TelegramPeer.Button::callbackData)
                .filter(data -> data != null && data.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button on " + card.inlineKeyboard()));
    }

    private static List<String> texts(List<TelegramPeer.Call> calls) {
        return calls.stream().map(call -> call.param("text")).toList();
    }

    /** Buyers fetching the same pages in a loop; every answer but a 200 is kept with its page and phase. */
    private static final class CatalogLoad {

        record Failure(String phase, String page, String answer) {
        }

        private final Shop shop;
        private final List<String> pages;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicReference<String> phase = new AtomicReference<>("before");
        private final Map<String, Integer> rounds = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;

        CatalogLoad(Shop shop, List<String> pages) {
            this.shop = shop;
            this.pages = pages;
            this.thread = new Thread(this::browse, "catalog-load");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void phase(String name) {
            phase.set(name);
        }

        int rounds(String phaseName) {
            return rounds.getOrDefault(phaseName, 0);
        }

        List<Failure> failures() {
            return List.copyOf(failures);
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }

        private void browse() {
            while (running.get()) {
                String roundPhase = phase.get();
                for (String page : pages) {
                    String pagePhase = phase.get();
                    try {
                        HttpResponse<String> answer = shop.get(page);
                        if (answer.statusCode() != 200) {
                            failures.add(new Failure(pagePhase, page, String.valueOf(answer.statusCode())));
                        }
                    } catch (Exception e) {
                        failures.add(new Failure(pagePhase, page, e.toString()));
                    }
                }
                if (roundPhase.equals(phase.get())) {
                    rounds.merge(roundPhase, 1, Integer::sum);
                }
            }
        }
    }
}
