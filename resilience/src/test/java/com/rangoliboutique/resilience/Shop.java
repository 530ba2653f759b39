package com.rangoliboutique.resilience;

import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.in.telegram.Updates;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TestImages;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One whole shop for one test, as deployed: {@code web-app.jar} and {@code worker-app.jar} as processes, on a
 * PostgreSQL and a Redis of the test's own (which the test may stop, restart or flush), a Telegram Bot API peer (the
 * owner's chat: what it records is what the owner got) and a Gemini peer, with local-disk storage shared by web and
 * worker. Everything lives under one temporary directory and goes when the shop is closed; the processes' output is
 * kept in {@code target/resilience-logs/{test}/}.
 */
final class Shop implements AutoCloseable {

    static final long OWNER = 727_001L;
    static final String SECRET = "resilience-webhook-secret";
    static final Duration START = Duration.ofSeconds(120);
    private static final Path WEB_JAR = Path.of("..", "web-app", "target", "web-app.jar");
    private static final Path WORKER_JAR = Path.of("..", "worker-app", "target", "worker-app.jar");
    /** Start-up matters more than peak speed here, on a small machine running several JVMs. */
    private static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    final OwnPostgres postgres;
    final OwnRedis redis;
    final TelegramPeer telegram = TelegramPeer.start();
    final GeminiPeer gemini = GeminiPeer.start();
    final Rows rows;

    private final String name;
    private final Path root;
    private final Path storage;
    private final Map<String, RunningJar> processes = new LinkedHashMap<>();
    private final Map<RunningJar, Integer> workerPorts = new LinkedHashMap<>();
    private final AtomicLong updateIds = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int webPort;

    private Shop(String name) throws IOException {
        this.name = name;
        this.root = Files.createTempDirectory("resilience-" + name + "-");
        this.storage = Files.createDirectories(root.resolve("storage"));
        this.postgres = OwnPostgres.start(root.resolve("postgres"), TestInfrastructure.freePort());
        this.redis = OwnRedis.start(TestInfrastructure.freePort());
        this.rows = new Rows(postgres);
    }

    /** A fresh shop: empty database, empty Redis, no process running yet. */
    static Shop open(String name) throws IOException {
        return new Shop(name);
    }

    // ---- the processes -------------------------------------------------------------------------------------------

    /** Starts the web process (it migrates the empty database) and waits until {@code /health} is 200. */
    RunningJar startWeb() throws Exception {
        return startWeb(Map.of());
    }

    /** Another web process (requests go to the last one started), with {@code overrides} of its settings. */
    RunningJar startWeb(Map<String, String> overrides) throws Exception {
        webPort = TestInfrastructure.freePort();
        Map<String, String> env = common();
        env.put("PORT", String.valueOf(webPort));
        env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
        env.put("TELEGRAM_ADMIN_IDS", String.valueOf(OWNER));
        env.put("TELEGRAM_WEBHOOK_PER_MINUTE", "100000");
        env.put("PUBLIC_REQUESTS_PER_MINUTE", "0");
        env.put("SHUTDOWN_GRACE", "1s");
        env.putAll(overrides);
        long webs = processes.keySet().stream().filter(k -> k.startsWith("web")).count();
        RunningJar web = start(webs == 0 ? "web" : "web-" + (webs + 1), WEB_JAR, env);
        web.awaitHttp(webUrl("/health"), 200, START);
        return web;
    }

    /**
     * Starts a worker with short test settings overridden by {@code overrides} (README "Configuration" names) and
     * waits until it polls the queue. Each worker's output is kept as {@code worker-N.log}.
     */
    RunningJar startWorker(Map<String, String> overrides) throws Exception {
        int port = TestInfrastructure.freePort();
        Map<String, String> env = common();
        env.put("WORKER_PORT", String.valueOf(port));
        env.put("GEMINI_API_KEY", "test-gemini-key");
        env.put("GEMINI_API_URL", gemini.baseUrl());
        env.put("GEMINI_RETRY_ATTEMPTS", "1");
        env.put("WORKER_RETRY_DELAYS", "200ms,200ms,200ms");
        env.put("QUEUE_VISIBILITY_TIMEOUT", "5s");
        env.put("WORKER_PROGRESS_EVERY", "1s");
        env.put("WORKER_SHUTDOWN_GRACE", "1s");
        env.putAll(overrides);
        long workers = processes.keySet().stream().filter(k -> k.startsWith("worker")).count();
        RunningJar worker = start("worker-" + (workers + 1), WORKER_JAR, env);
        worker.awaitLine("waiting for jobs on queue", START);
        workerPorts.put(worker, port);
        worker.awaitHttp(workerHealthUrl(worker), 200, START);
        return worker;
    }

    String workerHealthUrl(RunningJar worker) {
        return "http://127.0.0.1:" + workerPorts.get(worker) + "/health";
    }

    private Map<String, String> common() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATABASE_URL", postgres.databaseUrl());
        env.put("REDIS_URL", redis.url());
        env.put("TELEGRAM_BOT_TOKEN", telegram.token());
        env.put("TELEGRAM_API_URL", telegram.baseUrl());
        env.put("STORAGE_DIR", storage.toString());
        env.put("SECRET_KEY", "resilience-signing-key");
        env.put("LOG_FORMAT", "text");
        env.put("JAVA_TOOL_OPTIONS", JVM_OPTIONS);
        return env;
    }

    private RunningJar start(String label, Path jar, Map<String, String> env) {
        RunningJar process = RunningJar.start(jar, env);
        processes.put(label, process);
        return process;
    }

    /** The last lines each process wrote, for a failure message. */
    String outputs() {
        StringBuilder out = new StringBuilder();
        processes.forEach((label, process) -> {
            String[] lines = process.output().split("\n");
            out.append("---- ").append(label).append(" (last 40 lines)\n");
            for (int i = Math.max(0, lines.length - 40); i < lines.length; i++) {
                out.append(lines[i]).append('\n');
            }
        });
        out.append("---- Telegram calls: ").append(telegram.calls().stream().map(TelegramPeer.Call::method).toList());
        out.append("\n---- Gemini requests: ").append(gemini.requests().size());
        return out.toString();
    }

    // ---- the owner, as Telegram delivers what they do ------------------------------------------------------------

    long nextUpdateId() {
        return updateIds.incrementAndGet();
    }

    static String caption(String title) {
        return "Title: " + title + "\n"
                + "Price: ₹12,500\n"
                + "Category: saree, silk\n"
                + "Tags: wedding, red\n"
                + "Variants: Size: Free Size; Color: Red";
    }

    /** The update of a new garment photo (the file is put on the Telegram peer for the bot to download). */
    String photoUpdate(String title) {
        String fileId = telegram.addFile(TestImages.jpeg(900, 1200, new Color(150, 20, 40)));
        long id = nextUpdateId();
        return Updates.photo(id, OWNER, (int) id, fileId, 50_000, caption(title), null);
    }

    /** One photo of an album (Telegram sends each as its own update, sharing {@code groupId}); caption may be null. */
    String albumPartUpdate(String groupId, String caption) {
        String fileId = telegram.addFile(TestImages.jpeg(900, 1200, new Color(20, 90, 150)));
        long id = nextUpdateId();
        return Updates.photo(id, OWNER, (int) id, fileId, 50_000, caption, groupId);
    }

    String buttonUpdate(int cardMessageId, String callbackData) {
        return Updates.button(nextUpdateId(), OWNER, cardMessageId, callbackData);
    }

    /** POSTs an update to the webhook as Telegram does (path token and secret header). */
    HttpResponse<String> deliver(String update) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(webUrl("/telegram/webhook/" + telegram.token())))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The owner sends a photo titled {@code title}; returns the draft the bot made of it. */
    Rows.Product draft(String title) throws Exception {
        HttpResponse<String> answer = deliver(photoUpdate(title));
        if (answer.statusCode() != 200) {
            throw new AssertionError("the webhook answered " + answer.statusCode() + " " + answer.body() + "\n" + outputs());
        }
        return rows.onlyProductTitled(title);
    }

    /** The owner publishes a draft with its original photo, from a card the bot sent earlier. */
    void publishOriginal(Rows.Product draft) throws Exception {
        int card = telegram.addPhotoMessage(OWNER, "card of " + draft.dressId());
        HttpResponse<String> answer = deliver(buttonUpdate(card, "pub_orig:" + draft.id()));
        if (answer.statusCode() != 200) {
            throw new AssertionError("the webhook answered " + answer.statusCode() + " " + answer.body());
        }
    }

    /** The preview cards the owner got: the sendPhoto calls carrying the card's buttons. */
    List<TelegramPeer.Call> previewCards() {
        return telegram.calls("sendPhoto").stream().filter(call -> !call.inlineKeyboard().isEmpty()).toList();
    }

    /** Nothing more can be generated or sent: no job queued, scheduled for a retry, running or claimable. */
    boolean queueDrained() {
        return redis.longReply("XLEN", "ai-generation") == 0 // a running job stays in the stream until it is done
                && redis.longReply("ZCARD", "ai-generation:scheduled") == 0
                && redis.listReply("KEYS", "ai-generation:live:*").isEmpty();
    }

    // ---- buyers ----------------------------------------------------------------------------------------------------

    String webUrl(String path) {
        return "http://127.0.0.1:" + webPort + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return getUrl(webUrl(path));
    }

    HttpResponse<String> getUrl(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---- the end ---------------------------------------------------------------------------------------------------

    @Override
    public void close() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "resilience-logs", name));
        for (Map.Entry<String, RunningJar> process : processes.entrySet()) {
            process.getValue().kill(); // the test is over: no need to wait for graceful shutdowns
            Files.writeString(logs.resolve(process.getKey() + ".log"), process.getValue().output());
        }
        telegram.close();
        gemini.close();
        redis.close();
        postgres.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (UncheckedIOException ignored) {
            // a leftover temporary directory is harmless
        }
    }
}
