package com.rangoliboutique.adapter.out.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A local HTTP peer speaking the Gemini REST protocol for {@code generateContent}, on the Gemini API path
 * ({@code /v1beta/models/{model}:generateContent}) and the Vertex AI path
 * ({@code /v1beta1/projects/{p}/locations/{l}/publishers/google/models/{model}:generateContent}). It plays scripted
 * replies in order, then the standing reply, and records every request.
 */
public final class GeminiPeer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GENERATE = Pattern.compile(
            "/v1beta/models/[^/:]+:generateContent|/v1beta1/projects/[^/]+/locations/[^/]+/publishers/google/models/[^/:]+:generateContent");

    public record Reply(int status, String json, Duration delay) {
        public Reply after(Duration wait) {
            return new Reply(status, json, wait);
        }
    }

    /** A recorded request; {@code at} is when it arrived (its reply follows at once unless the reply has a delay). */
    public record Request(String method, String path, Headers headers, JsonNode body, Instant at) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Reply standing = error(500, "INTERNAL", "no reply scripted");
    private volatile CountDownLatch gate;
    private volatile boolean gateTimedOut;

    private GeminiPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static GeminiPeer start() {
        try {
            return new GeminiPeer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Plays {@code reply} once, after the replies scripted before it. */
    public GeminiPeer thenReply(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Plays {@code reply} whenever nothing is scripted. */
    public GeminiPeer alwaysReply(Reply reply) {
        standing = reply;
        return this;
    }

    /**
     * Holds every reply until {@code waiting} generation requests have arrived (at most a minute): proof that that
     * many were asked at once, without a clock in the test. {@link #gateOpenedByCount()} tells which way it opened.
     */
    public GeminiPeer holdRepliesUntil(int waiting) {
        gate = new CountDownLatch(waiting);
        gateTimedOut = false;
        return this;
    }

    /** The held replies went out because enough requests were waiting, not because the minute ran out. */
    public boolean gateOpenedByCount() {
        CountDownLatch held = gate;
        return held != null && held.getCount() == 0 && !gateTimedOut;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size());
        }
        return requests.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant arrived = Instant.now();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path, copy(exchange.getRequestHeaders()),
                    body.length == 0 ? JSON.nullNode() : JSON.readTree(body), arrived));
            Reply reply = !"POST".equals(exchange.getRequestMethod()) || !GENERATE.matcher(path).matches()
                    ? error(404, "NOT_FOUND", "no such method: " + path)
                    : next();
            CountDownLatch held = gate;
            if (held != null && GENERATE.matcher(path).matches()) {
                held.countDown();
                if (!held.await(1, TimeUnit.MINUTES)) {
                    gateTimedOut = true;
                }
            }
            if (reply.delay() != null) {
                Thread.sleep(reply.delay().toMillis());
            }
            byte[] json = reply.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(reply.status(), json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    private Reply next() {
        Reply scripted = script.poll();
        return scripted != null ? scripted : standing;
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        copy.putAll(headers);
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- replies as the Gemini API sends them (camelCase JSON, base64 inline data)

    public static Reply image(byte[] bytes, String mimeType) {
        return ok("""
                {"candidates": [{"content": {"role": "model", "parts": [
                    {"text": "Here is the studio photograph."},
                    {"inlineData": {"mimeType": "%s", "data": "%s"}}]},
                  "finishReason": "STOP", "index": 0}],
                 "usageMetadata": {"promptTokenCount": 1290, "candidatesTokenCount": 1290, "totalTokenCount": 2580},
                 "modelVersion": "gemini-2.5-flash-image"}
                """.formatted(mimeType, Base64.getEncoder().encodeToString(bytes)));
    }

    /**
     * An image answer whose {@code usageMetadata} has these counts ({@code thoughts}: a thinking model's own tokens,
     * counted in the total only), as the model names itself in {@code modelVersion}.
     */
    public static Reply imageWithUsage(byte[] bytes, String mimeType, int prompt, int candidates, int thoughts,
                                       int total) {
        return ok("""
                {"candidates": [{"content": {"role": "model", "parts": [
                    {"inlineData": {"mimeType": "%s", "data": "%s"}}]},
                  "finishReason": "STOP", "index": 0}],
                 "usageMetadata": {"promptTokenCount": %d, "candidatesTokenCount": %d, "thoughtsTokenCount": %d,
                   "totalTokenCount": %d,
                   "promptTokensDetails": [{"modality": "TEXT", "tokenCount": %d}],
                   "candidatesTokensDetails": [{"modality": "IMAGE", "tokenCount": %d}]},
                 "modelVersion": "gemini-2.5-flash-image",
                 "responseId": "usage-test"}
                """.formatted(mimeType, Base64.getEncoder().encodeToString(bytes), prompt, candidates, thoughts,
                total, prompt, candidates));
    }

    public static Reply textOnly(String text) {
        return ok("""
                {"candidates": [{"content": {"role": "model", "parts": [{"text": %s}]},
                  "finishReason": "STOP", "index": 0}]}
                """.formatted(quoted(text)));
    }

    public static Reply promptBlocked(String blockReason) {
        return ok("""
                {"promptFeedback": {"blockReason": "%s", "safetyRatings": [
                    {"category": "HARM_CATEGORY_SEXUALLY_EXPLICIT", "probability": "HIGH"}]}}
                """.formatted(blockReason));
    }

    public static Reply finishedWithoutImage(String finishReason) {
        return ok("""
                {"candidates": [{"content": {"role": "model"}, "finishReason": "%s", "index": 0}]}
                """.formatted(finishReason));
    }

    public static Reply error(int code, String status, String message) {
        return new Reply(code, """
                {"error": {"code": %d, "message": %s, "status": "%s"}}
                """.formatted(code, quoted(message), status), null);
    }

    private static Reply ok(String json) {
        return new Reply(200, json, null);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
