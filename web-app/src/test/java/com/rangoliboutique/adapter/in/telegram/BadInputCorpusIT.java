package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A corpus of what an owner can get wrong — captions, files, commands, edit text, buttons — sent through the real
 * webhook. For each: was it answered clearly (a reply or a button notice that is not "something went wrong"), and was
 * anything saved (products, images, settings, audit entries). The counts go to {@code target/bad-input-counts.txt};
 * the README's Reliability section quotes them.
 */
@MicronautTest(environments = "test", transactional = false)
class BadInputCorpusIT extends PostgresIT {

    static final long OWNER = 111_111L;
    static final String SECRET = "corpus-secret";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger IDS = new AtomicInteger(90_000);
    static final String GOOD = "Title: Red Banarasi Silk Saree\nPrice: ₹12,500\nCategory: saree";

    @Inject
    EmbeddedServer server;
    @Inject
    RedisClient redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                String.valueOf(OWNER)));
        p.put("telegram.webhook-per-minute", "100000");
        return p;
    }

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    record Case(String kind, String what, Function<Integer, String> update) {
    }

    record Result(Case input, boolean clear, boolean savedWrongly, String answer) {
    }

    @Test
    void everyBadInputIsAnsweredClearlyAndNothingIsSaved() throws Exception {
        redis.flushDB();
        List<Case> corpus = corpus();
        List<Result> results = new ArrayList<>();
        for (Case input : corpus) {
            TELEGRAM.clear();
            String before = state();
            int updateId = IDS.incrementAndGet();
            HttpResponse<String> response = post(input.update().apply(updateId));
            String answer = answer();
            boolean clear = response.statusCode() == 200 && answer != null && !answer.isBlank()
                    && !answer.equals(BotTexts.somethingWentWrong());
            results.add(new Result(input, clear, !before.equals(state()), answer));
        }

        StringBuilder report = new StringBuilder("kind       tried  answered clearly  saved wrongly\n");
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (Result r : results) {
            int[] c = byKind.computeIfAbsent(r.input().kind(), k -> new int[3]);
            c[0]++;
            c[1] += r.clear() ? 1 : 0;
            c[2] += r.savedWrongly() ? 1 : 0;
        }
        int[] total = new int[3];
        byKind.forEach((kind, c) -> {
            report.append(String.format("%-10s %5d  %16d  %13d%n", kind, c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        report.append(String.format("%-10s %5d  %16d  %13d%n", "all", total[0], total[1], total[2]));
        List<String> wrong = results.stream().filter(r -> !r.clear() || r.savedWrongly())
                .map(r -> r.input().kind() + " / " + r.input().what() + ": answer=" + r.answer()
                        + (r.savedWrongly() ? " (something was saved)" : "")).toList();
        report.append(wrong.isEmpty() ? "" : "not right:\n  " + String.join("\n  ", wrong) + "\n");
        String text = report.toString().replaceAll("\\p{Cs}", "?"); // half a surrogate pair, as the corpus has
        Files.writeString(Path.of("target", "bad-input-counts.txt"), text, StandardCharsets.UTF_8);
        System.out.println(text);

        assertEquals(List.of(), wrong, text);
    }

    private List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        byte[] jpeg = TestImages.jpeg(900, 1200, java.awt.Color.RED);
        String[] captions = {
                null, "", "   ", "Price: 500", "Title: Saree", "Title: Saree\nPrice: twelve thousand",
                "Title: Saree\nPrice: -500", "Title: Saree\nPrice: 0", "Title: Saree\nPrice: ₹99999999999999999",
                "Title: Saree\nPrice: 12.5.0", "Title: Saree\nPrice: 500\nPrice: 600", "Title: Saree\nPrice: 500\nColour: red",
                "Title:\nPrice: 500", "Title: Saree\nPrice: 500\nVariants: Red", "Title: Saree\nPrice: 500\nVariants: Size:",
                "Title: Saree\nPrice: 500\nCategory: " + labels("c", 11),
                "Title: Saree\nPrice: 500\nTags: " + labels("t", 31),
                "Title: Saree\nPrice: 500\nCategory: " + "x".repeat(51),
                "Title: Saree\u0000\nPrice: 500", "Title: Saree\nPrice: 5\u000700", "\uFEFFTitle: Saree\nPrice: 500",
                "Title: Saree \uD83D\nPrice: 500", "just some words about a saree", "<script>alert(1)</script>",
                "Title: Saree\nPrice: 500\n" + "Description: " + "long ".repeat(2000),
        };
        for (String caption : captions) {
            cases.add(new Case("caption", String.valueOf(caption).replaceAll("\\p{Cntrl}", "?")
                    .substring(0, Math.min(40, String.valueOf(caption).length())), id -> {
                String fileId = TELEGRAM.addFile(jpeg);
                return Updates.photo(id, OWNER, id, fileId, 50_000, caption, null);
            }));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a PDF", "%PDF-1.4 a catalogue".getBytes(StandardCharsets.US_ASCII));
        files.put("empty", new byte[0]);
        files.put("a truncated JPEG", java.util.Arrays.copyOf(jpeg, jpeg.length / 3));
        files.put("a JPEG header only", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        files.put("a tiny 40x40 picture", TestImages.jpeg(40, 40, java.awt.Color.BLUE));
        files.put("a decompression bomb", bomb());
        files.put("HTML named .jpg", "<html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII));
        files.forEach((what, bytes) -> cases.add(new Case("file", what, id -> {
            String fileId = TELEGRAM.addFile(bytes);
            return Updates.photo(id, OWNER, id, fileId, Math.max(1, bytes.length), GOOD, null);
        })));
        cases.add(new Case("file", "over 10 MB (by its size)", id -> Updates.photo(id, OWNER, id,
                TELEGRAM.addFile(jpeg), 25L * 1024 * 1024, GOOD, null)));
        cases.add(new Case("file", "a PDF document", id -> Updates.document(id, OWNER, TELEGRAM.addFile(
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), 8, "application/pdf", "catalog.pdf", GOOD)));
        cases.add(new Case("file", "a ZIP document", id -> Updates.document(id, OWNER, TELEGRAM.addFile(
                new byte[] {'P', 'K', 3, 4}), 4, "application/zip", "photos.zip", GOOD)));
        String[] commands = {
                "/setrate", "/setrate abc", "/setrate -5", "/setrate 0", "/setrate 1e9", "/setrate 84,5,3",
                "/setwhatsapp", "/setwhatsapp hello", "/setwhatsapp +1", "/setwhatsapp 123456789012345678901",
                "/soldout", "/soldout D-99999", "/soldout banana", "/hide D-", "/unhide 42", "/edit", "/edit D-0",
                "/cancel", "/frobnicate", "/setrate 84\u0000", "hello?", "Price: 500", "\u0007",
                "/setshop", "/setowner", "/settagline", "/setshop " + "x".repeat(61), "/settagline Sarees\nand dresses",
                "/setowner Poonam\u0007",
                "/sale", "/sale D-1042", "/sale D-99999 500", "/sale banana 500", "/sale D-1042 lots",
                "/sale D-1042 -5",
        };
        for (String command : commands) {
            cases.add(new Case("command", command.replaceAll("\\p{Cntrl}", "?"),
                    id -> Updates.text(id, OWNER, command)));
        }
        String[] buttons = {"approve:999999", "discard:999999", "regen:abc", "pub_orig:", "nonsense", "edit_meta:-1"};
        for (String data : buttons) {
            cases.add(new Case("button", data, id -> Updates.button(id, OWNER, 77, data)));
        }
        return cases;
    }

    /** {@code n} distinct labels: c1, c2, … */
    private static String labels(String prefix, int n) {
        return String.join(", ", java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList());
    }

    /** The bot's reply in the chat, or the notice on the pressed button; null when neither came. */
    private static String answer() {
        List<String> said = new ArrayList<>();
        TELEGRAM.calls("sendMessage").forEach(c -> said.add(c.param("text")));
        TELEGRAM.calls("answerCallbackQuery").stream().map(c -> c.param("text")).filter(t -> t != null)
                .forEach(said::add);
        if (said.isEmpty()) {
            return null;
        }
        return said.contains(BotTexts.somethingWentWrong()) ? BotTexts.somethingWentWrong() : String.join(" | ", said);
    }

    /** Everything an owner's message could change, as one text. */
    private static String state() throws Exception {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM products) || '/' || (SELECT count(*) FROM images)"
                     + " || '/' || (SELECT count(*) FROM variant_options) || '/' || (SELECT count(*) FROM audit_log)"
                     + " || '/' || (SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM settings)")) {
            r.next();
            return r.getString(1);
        }
    }

    private static byte[] bomb() {
        try {
            return TelegramWebhookIT.bombPng(50_000, 50_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                        + "/telegram/webhook/" + TELEGRAM.token()))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
