package com.rangoliboutique.adapter.out.telegram;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Telegram's Bot API on a free local port, so the real pengrad client (and everything built on it) runs in tests.
 *
 * <p>Speaks the wire protocol: {@code POST /bot{token}/{method}} with form-urlencoded, JSON or multipart/form-data
 * bodies, answers {@code {"ok":true,"result":…}} or {@code {"ok":false,"error_code":…,"description":…}} with the
 * same HTTP status, and serves files at {@code GET /file/bot{token}/{file_path}}. It keeps the messages it sent so
 * edits and deletes behave as Telegram's do (unknown message, "message is not modified", removed keyboard when an
 * edit carries none), registers uploaded photos as files, and refuses what Telegram refuses: a wrong token (401),
 * a photo given as a URL or unknown file_id, a non-image upload, over-long text/captions/callback data.
 *
 * <p>Every authorised call is recorded (method, parameters as strings, uploaded files as bytes, when it arrived),
 * including those answered with an error. Safe for concurrent callers.
 */
public final class TelegramPeer implements AutoCloseable {

    /** A recorded Bot API call; {@code at} is when it arrived (before any {@link #delay}). */
    public record Call(String method, Map<String, String> params, Map<String, byte[]> files,
                       Map<String, String> fileNames, Instant at) {

        public String param(String name) {
            return params.get(name);
        }

        public byte[] file(String name) {
            return files.get(name);
        }

        /** The file name a multipart upload gave the file of part {@code name}. */
        public String fileName(String name) {
            return fileNames.get(name);
        }

        public long chatId() {
            return Long.parseLong(params.get("chat_id"));
        }

        /** The rows of the inline keyboard in {@code reply_markup}; empty when there is none. */
        public List<List<Button>> inlineKeyboard() {
            String markup = params.get("reply_markup");
            return markup == null ? List.of() : buttons(JsonParser.parseString(markup).getAsJsonObject());
        }
    }

    /** One inline keyboard button: a callback button, or ({@code url} set) a link. */
    public record Button(String text, String callbackData, String url) {

        public Button(String text, String callbackData) {
            this(text, callbackData, null);
        }
    }

    private record Failure(int errorCode, String description, Integer retryAfter) {
    }

    /**
     * What the bot is in a channel: {@code status} as Telegram's ChatMember says it ({@code administrator},
     * {@code member}, {@code left}, …) and, as an administrator, which of the rights it was given.
     */
    public record ChannelRights(String status, boolean canPost, boolean canEdit, boolean canDelete) {

        public static final ChannelRights ADMIN = new ChannelRights("administrator", true, true, true);
        public static final ChannelRights NOT_A_MEMBER = new ChannelRights("left", false, false, false);
        public static final ChannelRights MEMBER = new ChannelRights("member", false, false, false);
        public static final ChannelRights ADMIN_WITHOUT_POSTING = new ChannelRights("administrator", false, true, true);

        boolean admin() {
            return status.equals("administrator") || status.equals("creator");
        }
    }

    private record Channel(long id, String username, String title) {
    }

    private record StoredFile(String fileId, String fileUniqueId, String filePath, byte[] bytes) {
    }

    /** A refusal in Telegram's words. */
    private static final class BotApiError extends RuntimeException {
        final int code;

        BotApiError(int code, String description) {
            super(description);
            this.code = code;
        }

        static BotApiError badRequest(String what) {
            return new BotApiError(400, "Bad Request: " + what);
        }
    }

    private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

    private final String token;
    private final long botId;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicInteger messageIds = new AtomicInteger();
    private final AtomicInteger fileIds = new AtomicInteger();
    private final List<Call> calls = new ArrayList<>();              // guarded by itself
    private final Set<String> arrivals = new java.util.LinkedHashSet<>(); // methods arrived, before any delay; guarded by itself
    private final Map<String, Queue<Failure>> failures = new ConcurrentHashMap<>();
    private final Set<String> dropping = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> delays = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, StoredFile> filesById = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> filesByPath = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> messages = new ConcurrentHashMap<>();   // "chatId:messageId"
    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();
    private final Map<Long, ChannelRights> channelRights = new ConcurrentHashMap<>();

    private TelegramPeer(String token) throws IOException {
        this.token = token;
        this.botId = Long.parseLong(token.substring(0, token.indexOf(':')));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "telegram-peer");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a peer with a fresh random bot token. */
    public static TelegramPeer start() {
        return start(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L) + ":TEST-"
                + UUID.randomUUID().toString().replace("-", ""));
    }

    /** Starts a peer that accepts only {@code token} ({@code <bot id>:<secret>}). */
    public static TelegramPeer start(String token) {
        try {
            return new TelegramPeer(token);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Telegram peer", e);
        }
    }

    /** What to configure as {@code telegram.api-url}, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    public long botId() {
        return botId;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- test controls -------------------------------------------------------------------------------------------

    /** Registers a file (e.g. a photo the owner "sent") and returns its file_id for getFile and downloads. */
    public String addFile(byte[] bytes) {
        int n = fileIds.incrementAndGet();
        String path = sniffFolderAndExtension(bytes).replace("*", "file_" + n);
        StoredFile file = new StoredFile("AgACAgQAAxkBAAI" + n + "peer", "AQAD" + n, path, bytes.clone());
        filesById.put(file.fileId(), file);
        filesByPath.put(file.filePath(), file);
        return file.fileId();
    }

    /** Puts a photo message (as if sent earlier by the bot) into the chat, so callbacks can edit it. */
    public int addPhotoMessage(long chatId, String caption) {
        JsonObject message = newMessage(chatId);
        JsonArray photo = new JsonArray();
        photo.add(photoSize("AgACAgQAAxkBAAIseed" + message.get("message_id").getAsInt(), 150_000, 960, 1280));
        message.add("photo", photo);
        message.addProperty("caption", caption);
        return store(message);
    }

    /** Puts a text message (as if sent earlier by the bot) into the chat. */
    public int addTextMessage(long chatId, String text) {
        JsonObject message = newMessage(chatId);
        message.addProperty("text", text);
        return store(message);
    }

    /** The id of the newest message in any chat (sent by the bot or put there by {@link #addTextMessage} …). */
    public int lastMessageId() {
        return messageIds.get();
    }

    /** The message as it stands now (after edits), as Telegram's Message JSON. */
    public Optional<JsonObject> message(long chatId, int messageId) {
        return Optional.ofNullable(messages.get(chatId + ":" + messageId)).map(JsonObject::deepCopy);
    }

    /**
     * Makes a channel: {@code @username} (without the {@code @}) and its {@code -100…} id both name it in calls, and
     * the bot has {@code rights} in it (change them with {@link #setChannelRights}). It starts empty: the posts of an
     * earlier channel of that id are gone.
     */
    public void addChannel(long id, String username, String title, ChannelRights rights) {
        messages.keySet().removeIf(key -> key.startsWith(id + ":"));
        channels.put(id, new Channel(id, username, title));
        channelRights.put(id, rights);
    }

    public void setChannelRights(long id, ChannelRights rights) {
        channelRights.put(id, rights);
    }

    /** The posts in a channel as they stand now (after edits and deletes), oldest first. */
    public List<JsonObject> channelPosts(long channelId) {
        return messages.entrySet().stream()
                .filter(e -> e.getKey().startsWith(channelId + ":"))
                .map(Map.Entry::getValue)
                .sorted(java.util.Comparator.comparingInt(m -> m.get("message_id").getAsInt()))
                .map(JsonObject::deepCopy)
                .toList();
    }

    /** Deletes a message as someone would by hand in the app. */
    public void deleteByHand(long chatId, int messageId) {
        messages.remove(chatId + ":" + messageId);
    }

    /** The next call of {@code method} is refused with {@code errorCode} and {@code description}. */
    public void failNext(String method, int errorCode, String description) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>())
                .add(new Failure(errorCode, description, null));
    }

    /** The next call of {@code method} gets Telegram's flood-control answer (429 with retry_after). */
    public void failNextTooManyRequests(String method, int retryAfterSeconds) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new Failure(429,
                "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds));
    }

    /**
     * Until {@link #clear()}, every call of {@code method} is recorded, then its connection is closed without an
     * answer: an I/O error for the client. (A single drop would not do: OkHttp silently retries a request whose
     * reused connection dropped, so one call may arrive several times.)
     */
    public void dropConnections(String method) {
        dropping.add(method);
    }

    /** Until {@link #clear()}, every call of {@code method} is answered only after {@code delay} (a slow Telegram). */
    public void delay(String method, Duration delay) {
        delays.put(method, delay);
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(call -> call.method().equals(method)).toList();
    }

    /** Waits until at least {@code n} calls of {@code method} arrived; fails the test after {@code timeout}. */
    public List<Call> awaitCalls(String method, int n, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (calls) {
            while (true) {
                List<Call> matching = calls(method);
                if (matching.size() >= n) {
                    return matching;
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("expected " + n + " " + method + " call(s) within " + timeout
                            + ", got " + matching.size() + "; all calls: "
                            + calls().stream().map(Call::method).toList());
                }
                try {
                    calls.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + method, e);
                }
            }
        }
    }

    /**
     * Waits until a call of {@code method} has arrived, before any {@link #delay} it is answered after (a call is
     * recorded in {@link #calls} only once answered): the caller is then waiting on this peer.
     */
    public void awaitArrival(String method, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (arrivals) {
            while (!arrivals.contains(method)) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no " + method + " call arrived within " + timeout + "; arrived: " + arrivals);
                }
                try {
                    arrivals.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + method, e);
                }
            }
        }
    }

    /** Forgets recorded calls, pending failures and dropped connections (files and messages stay). */
    public void clear() {
        synchronized (calls) {
            calls.clear();
        }
        synchronized (arrivals) {
            arrivals.clear();
        }
        failures.clear();
        dropping.clear();
        delays.clear();
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/file/bot")) {
                serveFile(exchange, path.substring("/file/bot".length()));
            } else if (path.startsWith("/bot")) {
                callMethod(exchange, path.substring("/bot".length()));
            } else {
                respond(exchange, error(404, "Not Found", null));
            }
        } catch (RuntimeException e) {   // a bug in the peer: say so rather than hang the client
            if (exchange.getResponseCode() == -1) {
                respond(exchange, error(500, "Internal Server Error: " + e, null));
            }
        } finally {
            exchange.close();   // before any response was sent, this drops the connection (see dropConnections)
        }
    }

    private void callMethod(HttpExchange exchange, String tokenAndMethod) throws IOException {
        int slash = tokenAndMethod.indexOf('/');
        String requestToken = URLDecoder.decode(tokenAndMethod.substring(0, Math.max(slash, 0)), UTF_8);
        if (slash < 0 || !requestToken.equals(token)) {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, error(401, "Unauthorized", null));
            return;
        }
        String method = tokenAndMethod.substring(slash + 1);
        Instant arrived = Instant.now();
        synchronized (arrivals) {
            arrivals.add(method);
            arrivals.notifyAll();
        }
        Duration slow = delays.get(method);
        if (slow != null) {
            try {
                Thread.sleep(slow.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Call call = parse(exchange, method, arrived);
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
        if (dropping.contains(method)) {
            return;   // handle() closes the exchange with no response: the client sees the connection drop
        }
        Failure failure = Optional.ofNullable(failures.get(method)).map(Queue::poll).orElse(null);
        if (failure != null) {
            respond(exchange, error(failure.errorCode(), failure.description(), failure.retryAfter()));
            return;
        }
        try {
            JsonObject answer = new JsonObject();
            answer.addProperty("ok", true);
            answer.add("result", answer(call));
            switch (method) {
                case "setWebhook" -> answer.addProperty("description",
                        call.param("url") == null || call.param("url").isEmpty() ? "Webhook was deleted"
                                : "Webhook was set");
                case "deleteWebhook" -> answer.addProperty("description", "Webhook was deleted");
                default -> { }
            }
            respond(exchange, answer);
        } catch (BotApiError e) {
            respond(exchange, error(e.code, e.getMessage(), null));
        }
    }

    private void serveFile(HttpExchange exchange, String tokenAndPath) throws IOException {
        int slash = tokenAndPath.indexOf('/');
        StoredFile file = slash < 0 || !URLDecoder.decode(tokenAndPath.substring(0, slash), UTF_8).equals(token)
                ? null : filesByPath.get(URLDecoder.decode(tokenAndPath.substring(slash + 1), UTF_8));
        if (file == null) {
            respond(exchange, error(404, "Not Found", null));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, file.bytes().length);
        exchange.getResponseBody().write(file.bytes());
    }

    private static void respond(HttpExchange exchange, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(UTF_8);
        int status = body.get("ok").getAsBoolean() ? 200 : body.get("error_code").getAsInt();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static JsonObject error(int code, String description, Integer retryAfter) {
        JsonObject error = new JsonObject();
        error.addProperty("ok", false);
        error.addProperty("error_code", code);
        error.addProperty("description", description);
        if (retryAfter != null) {
            JsonObject parameters = new JsonObject();
            parameters.addProperty("retry_after", retryAfter);
            error.add("parameters", parameters);
        }
        return error;
    }

    // ---- Bot API methods -----------------------------------------------------------------------------------------

    private JsonElement answer(Call call) {
        Map<String, String> p = call.params();
        return switch (call.method()) {
            case "getMe" -> botUser();
            case "getChat" -> getChat(p);
            case "getChatMember" -> getChatMember(p);
            case "getFile" -> getFile(p);
            case "sendMessage" -> sendMessage(p);
            case "sendPhoto" -> sendPhoto(call);
            case "sendDocument" -> sendDocument(call);
            case "editMessageCaption" -> edit(p, "caption");
            case "editMessageText" -> edit(p, "text");
            case "editMessageReplyMarkup" -> edit(p, null);
            case "deleteMessage" -> deleteMessage(p);
            case "answerCallbackQuery" -> answerCallbackQuery(p);
            case "sendChatAction" -> sendChatAction(p);
            case "setWebhook" -> setWebhook(p);
            case "setMyCommands" -> setMyCommands(p);
            case "deleteWebhook" -> new JsonPrimitive(true);
            default -> throw new BotApiError(404, "Not Found");
        };
    }

    private JsonObject botUser() {
        JsonObject user = new JsonObject();
        user.addProperty("id", botId);
        user.addProperty("is_bot", true);
        user.addProperty("first_name", "Rangoli Boutique (test peer)");
        user.addProperty("username", "rangoli_peer_bot");
        user.addProperty("can_join_groups", true);
        user.addProperty("can_read_all_group_messages", false);
        user.addProperty("supports_inline_queries", false);
        return user;
    }

    private JsonObject getFile(Map<String, String> p) {
        StoredFile file = filesById.get(String.valueOf(p.get("file_id")));
        if (file == null) {
            throw BotApiError.badRequest("invalid file_id");
        }
        JsonObject json = new JsonObject();
        json.addProperty("file_id", file.fileId());
        json.addProperty("file_unique_id", file.fileUniqueId());
        json.addProperty("file_size", file.bytes().length);
        json.addProperty("file_path", file.filePath());
        return json;
    }

    private JsonObject sendMessage(Map<String, String> p) {
        JsonObject message = newMessage(channelAllowing(p, ChannelRights::canPost));
        String text = p.get("text");
        if (text == null || text.isBlank()) {
            throw BotApiError.badRequest("message text is empty");
        }
        if (text.length() > 4096) {
            throw BotApiError.badRequest("message is too long");
        }
        message.addProperty("text", text);
        putMarkup(message, p.get("reply_markup"));
        store(message);
        return message;
    }

    private JsonObject sendPhoto(Call call) {
        Map<String, String> p = call.params();
        JsonObject message = newMessage(channelAllowing(p, ChannelRights::canPost));
        byte[] bytes = call.file("photo");
        if (bytes == null) {
            StoredFile known = p.get("photo") == null ? null : filesById.get(p.get("photo"));
            if (known == null) {   // a URL Telegram would fetch, or a file_id it never issued
                throw BotApiError.badRequest(p.get("photo") == null ? "there is no photo in the request"
                        : "wrong file identifier/HTTP URL specified");
            }
            bytes = known.bytes();
        }
        int[] size = imageSize(bytes);
        if (size == null) {
            throw BotApiError.badRequest("IMAGE_PROCESS_FAILED");
        }
        String caption = p.get("caption");
        if (caption != null && caption.length() > 1024) {
            throw BotApiError.badRequest("message caption is too long");
        }
        double thumb = Math.min(1.0, 90.0 / Math.max(size[0], size[1]));
        JsonArray photo = new JsonArray();
        photo.add(photoSize(addFile(bytes), bytes.length / 20 + 1, (int) Math.max(1, size[0] * thumb),
                (int) Math.max(1, size[1] * thumb)));
        photo.add(photoSize(addFile(bytes), bytes.length, size[0], size[1]));
        message.add("photo", photo);
        if (caption != null && !caption.isEmpty()) {
            message.addProperty("caption", caption);
        }
        putMarkup(message, p.get("reply_markup"));
        store(message);
        return message;
    }

    /** A file as it was uploaded (multipart), kept byte for byte as Telegram keeps documents. */
    private JsonObject sendDocument(Call call) {
        Map<String, String> p = call.params();
        JsonObject message = newMessage(chatId(p));
        byte[] bytes = call.file("document");
        if (bytes == null) {
            throw BotApiError.badRequest(p.get("document") == null ? "there is no document in the request"
                    : "wrong file identifier/HTTP URL specified");
        }
        String caption = p.get("caption");
        if (caption != null && caption.length() > 1024) {
            throw BotApiError.badRequest("message caption is too long");
        }
        JsonObject document = new JsonObject();
        String fileId = addFile(bytes);
        document.addProperty("file_id", fileId);
        document.addProperty("file_unique_id", filesById.get(fileId).fileUniqueId());
        if (call.fileName("document") != null) {
            document.addProperty("file_name", call.fileName("document"));
        }
        document.addProperty("file_size", bytes.length);
        message.add("document", document);
        if (caption != null && !caption.isEmpty()) {
            message.addProperty("caption", caption);
        }
        putMarkup(message, p.get("reply_markup"));
        store(message);
        return message;
    }

    /** editMessageCaption / editMessageText ({@code field}) / editMessageReplyMarkup ({@code field == null}). */
    private JsonElement edit(Map<String, String> p, String field) {
        if (p.get("inline_message_id") != null) {
            return new JsonPrimitive(true);
        }
        String key = channelAllowing(p, ChannelRights::canEdit) + ":" + p.get("message_id");
        synchronized (messages) {
            JsonObject current = messages.get(key);
            if (current == null) {
                throw BotApiError.badRequest("message to edit not found");
            }
            JsonObject edited = current.deepCopy();
            if ("text".equals(field)) {
                if (!current.has("text")) {
                    throw BotApiError.badRequest("there is no text in the message to edit");
                }
                String text = p.get("text");
                if (text == null || text.isBlank()) {
                    throw BotApiError.badRequest("message text is empty");
                }
                edited.addProperty("text", text);
            } else if ("caption".equals(field)) {
                if (current.has("text")) {
                    throw BotApiError.badRequest("there is no caption in the message to edit");
                }
                String caption = p.get("caption");
                if (caption != null && caption.length() > 1024) {
                    throw BotApiError.badRequest("message caption is too long");
                }
                edited.remove("caption");
                if (caption != null && !caption.isEmpty()) {
                    edited.addProperty("caption", caption);
                }
            }
            edited.remove("reply_markup");   // an edit without reply_markup removes the inline keyboard
            putMarkup(edited, p.get("reply_markup"));
            edited.remove("edit_date");
            JsonObject before = current.deepCopy();
            before.remove("edit_date");
            if (edited.equals(before)) {
                throw BotApiError.badRequest("message is not modified: specified new message content and reply "
                        + "markup are exactly the same as a current content and reply markup of the message");
            }
            edited.addProperty("edit_date", Instant.now().getEpochSecond());
            messages.put(key, edited);
            return edited;
        }
    }

    private JsonElement deleteMessage(Map<String, String> p) {
        synchronized (messages) {
            if (messages.remove(channelAllowing(p, ChannelRights::canDelete) + ":" + p.get("message_id")) == null) {
                throw BotApiError.badRequest("message to delete not found");
            }
        }
        return new JsonPrimitive(true);
    }

    private JsonElement answerCallbackQuery(Map<String, String> p) {
        if (p.get("callback_query_id") == null || p.get("callback_query_id").isEmpty()) {
            throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (p.get("text") != null && p.get("text").length() > 200) {
            throw BotApiError.badRequest("MESSAGE_TOO_LONG");
        }
        return new JsonPrimitive(true);
    }

    private JsonElement sendChatAction(Map<String, String> p) {
        chatId(p);
        if (!CHAT_ACTIONS.contains(String.valueOf(p.get("action")))) {
            throw BotApiError.badRequest("wrong parameter action in request");
        }
        return new JsonPrimitive(true);
    }

    private JsonElement setWebhook(Map<String, String> p) {
        String url = p.get("url");
        if (url != null && !url.isEmpty() && !url.startsWith("https://")) {
            throw BotApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = p.get("secret_token");
        if (secret != null && !SECRET_TOKEN.matcher(secret).matches()) {
            throw BotApiError.badRequest("secret token contains unallowed characters");
        }
        return new JsonPrimitive(true);
    }

    private JsonElement setMyCommands(Map<String, String> p) {
        try {
            for (JsonElement command : JsonParser.parseString(String.valueOf(p.get("commands"))).getAsJsonArray()) {
                String name = command.getAsJsonObject().get("command").getAsString();
                String description = command.getAsJsonObject().get("description").getAsString();
                if (!COMMAND.matcher(name).matches() || description.isEmpty() || description.length() > 256) {
                    throw BotApiError.badRequest("BOT_COMMAND_INVALID");
                }
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            throw BotApiError.badRequest("can't parse BotCommand array");
        }
        return new JsonPrimitive(true);
    }

    // ---- messages ------------------------------------------------------------------------------------------------

    private JsonObject newMessage(long chatId) {
        JsonObject chat = new JsonObject();
        chat.addProperty("id", chatId);
        Channel channel = channels.get(chatId);
        if (channel != null) {
            chat.addProperty("title", channel.title());
            chat.addProperty("username", channel.username());
            chat.addProperty("type", "channel");
        } else if (chatId > 0) {
            chat.addProperty("first_name", "Owner");
            chat.addProperty("type", "private");
        } else {
            chat.addProperty("title", "Shop");
            chat.addProperty("type", "group");
        }
        JsonObject message = new JsonObject();
        message.addProperty("message_id", messageIds.incrementAndGet());
        message.add("from", botUser());
        message.add("chat", chat);
        message.addProperty("date", Instant.now().getEpochSecond());
        return message;
    }

    private int store(JsonObject message) {
        int id = message.get("message_id").getAsInt();
        messages.put(message.getAsJsonObject("chat").get("id").getAsLong() + ":" + id, message);
        return id;
    }

    private long chatId(Map<String, String> p) {
        String chatId = p.get("chat_id");
        if (chatId == null || chatId.isEmpty()) {
            throw BotApiError.badRequest("chat_id is empty");
        }
        if (chatId.startsWith("@")) {
            return channels.values().stream().filter(c -> ("@" + c.username()).equalsIgnoreCase(chatId))
                    .findFirst().map(Channel::id).orElseThrow(() -> BotApiError.badRequest("chat not found"));
        }
        long id;
        try {
            id = Long.parseLong(chatId);
        } catch (NumberFormatException e) {
            throw BotApiError.badRequest("chat not found");
        }
        if (String.valueOf(id).startsWith("-100") && !channels.containsKey(id)) {
            throw BotApiError.badRequest("chat not found");
        }
        return id;
    }

    /** A channel's id, when the call is to a channel in which the bot may do {@code what}; refuses as Telegram does. */
    private long channelAllowing(Map<String, String> p, java.util.function.Predicate<ChannelRights> may) {
        long id = chatId(p);
        ChannelRights rights = channelRights.get(id);
        if (rights == null) {
            return id;   // not a channel
        }
        if (rights.status().equals("left") || rights.status().equals("kicked")) {
            throw new BotApiError(403, "Forbidden: bot is not a member of the channel chat");
        }
        if (!rights.admin() || !may.test(rights)) {
            throw BotApiError.badRequest("need administrator rights in the channel chat");
        }
        return id;
    }

    private JsonObject getChat(Map<String, String> p) {
        long id = chatId(p);
        Channel channel = channels.get(id);
        if (channel == null) {
            JsonObject chat = new JsonObject();
            chat.addProperty("id", id);
            chat.addProperty("type", id > 0 ? "private" : "group");
            chat.addProperty("accent_color_id", 0);
            chat.addProperty("max_reaction_count", 11);
            return chat;
        }
        ChannelRights rights = channelRights.get(id);
        if (rights.status().equals("left") || rights.status().equals("kicked")) {
            throw BotApiError.badRequest("chat not found");   // a private channel the bot is not in
        }
        JsonObject chat = new JsonObject();
        chat.addProperty("id", channel.id());
        chat.addProperty("type", "channel");
        chat.addProperty("title", channel.title());
        chat.addProperty("username", channel.username());
        chat.addProperty("accent_color_id", 1);
        chat.addProperty("max_reaction_count", 11);
        return chat;
    }

    private JsonObject getChatMember(Map<String, String> p) {
        long id = chatId(p);
        ChannelRights rights = channelRights.get(id);
        String userId = p.get("user_id");
        if (rights == null || userId == null || Long.parseLong(userId) != botId) {
            throw BotApiError.badRequest(rights == null ? "chat not found" : "member list is inaccessible");
        }
        JsonObject member = new JsonObject();
        member.addProperty("status", rights.status());
        member.add("user", botUser());
        if (rights.admin()) {
            member.addProperty("can_be_edited", false);
            member.addProperty("is_anonymous", false);
            member.addProperty("can_manage_chat", true);
            member.addProperty("can_delete_messages", rights.canDelete());
            member.addProperty("can_manage_video_chats", false);
            member.addProperty("can_restrict_members", true);
            member.addProperty("can_promote_members", false);
            member.addProperty("can_change_info", false);
            member.addProperty("can_invite_users", true);
            member.addProperty("can_post_messages", rights.canPost());
            member.addProperty("can_edit_messages", rights.canEdit());
            member.addProperty("can_post_stories", false);
            member.addProperty("can_edit_stories", false);
            member.addProperty("can_delete_stories", false);
        }
        return member;
    }

    /** Validates {@code reply_markup} and, for an inline keyboard, puts it on the message as Telegram does. */
    private static void putMarkup(JsonObject message, String markup) {
        if (markup == null || markup.isEmpty()) {
            return;
        }
        JsonObject json;
        try {
            json = JsonParser.parseString(markup).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw BotApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        if (!json.has("inline_keyboard")) {
            return;
        }
        for (List<Button> row : buttons(json)) {
            for (Button button : row) {
                if (button.text() == null || button.text().isEmpty()) {
                    throw BotApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed "
                            + "in the inline keyboard");
                }
                if (button.callbackData() != null && button.callbackData().getBytes(UTF_8).length > 64) {
                    throw BotApiError.badRequest("BUTTON_DATA_INVALID");
                }
            }
        }
        JsonObject inline = new JsonObject();
        inline.add("inline_keyboard", json.get("inline_keyboard"));
        message.add("reply_markup", inline);
    }

    private static List<List<Button>> buttons(JsonObject markup) {
        if (!markup.has("inline_keyboard")) {
            return List.of();
        }
        List<List<Button>> rows = new ArrayList<>();
        for (JsonElement row : markup.getAsJsonArray("inline_keyboard")) {
            List<Button> buttons = new ArrayList<>();
            for (JsonElement button : row.getAsJsonArray()) {
                JsonObject b = button.getAsJsonObject();
                buttons.add(new Button(b.has("text") ? b.get("text").getAsString() : null,
                        b.has("callback_data") ? b.get("callback_data").getAsString() : null,
                        b.has("url") ? b.get("url").getAsString() : null));
            }
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }

    private static JsonObject photoSize(String fileId, int fileSize, int width, int height) {
        JsonObject size = new JsonObject();
        size.addProperty("file_id", fileId);
        size.addProperty("file_unique_id", "AQAD" + fileId.hashCode());
        size.addProperty("file_size", fileSize);
        size.addProperty("width", width);
        size.addProperty("height", height);
        return size;
    }

    // ---- request bodies ------------------------------------------------------------------------------------------

    private static Call parse(HttpExchange exchange, String method, Instant arrived) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> fileNames = new LinkedHashMap<>();
        if (exchange.getRequestURI().getRawQuery() != null) {
            parseForm(exchange.getRequestURI().getRawQuery(), params);
        }
        String type = contentType.toLowerCase();
        if (type.startsWith("application/json")) {
            parseJson(new String(body, UTF_8), params);
        } else if (type.startsWith("multipart/form-data")) {
            parseMultipart(body, boundary(contentType), params, files, fileNames);
        } else if (body.length > 0) {
            parseForm(new String(body, UTF_8), params);
        }
        return new Call(method, Collections.unmodifiableMap(params), Collections.unmodifiableMap(files),
                Collections.unmodifiableMap(fileNames), arrived);
    }

    private static void parseForm(String form, Map<String, String> params) {
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
            }
        }
    }

    /** Strings and numbers as their text, objects and arrays as their JSON (as Telegram reads them). */
    private static void parseJson(String json, Map<String, String> params) {
        if (json.isBlank()) {
            return;
        }
        for (Map.Entry<String, JsonElement> entry : JsonParser.parseString(json).getAsJsonObject().entrySet()) {
            JsonElement value = entry.getValue();
            if (!value.isJsonNull()) {
                params.put(entry.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
            }
        }
    }

    private static String boundary(String contentType) {
        Matcher m = Pattern.compile("(?i)boundary=(\"?)([^\";]+)\\1").matcher(contentType);
        if (!m.find()) {
            throw BotApiError.badRequest("multipart boundary missing");
        }
        return m.group(2);
    }

    private static void parseMultipart(byte[] body, String boundary, Map<String, String> params,
                                       Map<String, byte[]> files, Map<String, String> fileNames) {
        byte[] delimiter = ("--" + boundary).getBytes(ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 >= body.length || (body[start] == '-' && body[start + 1] == '-')) {
                return;   // closing delimiter
            }
            int headersStart = start + 2;   // CRLF after the delimiter
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(ISO_8859_1), headersStart);
            int end = indexOf(body, nextDelimiter, headersEnd + 4);
            if (headersEnd < 0 || end < 0) {
                throw BotApiError.badRequest("malformed multipart body");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, end);
            String name = dispositionParameter(headers, "name");
            if (dispositionParameter(headers, "filename") != null) {
                files.put(name, content);
                fileNames.put(name, dispositionParameter(headers, "filename"));
            } else {
                params.put(name, new String(content, UTF_8));
            }
            pos = end + 2;
        }
    }

    private static String dispositionParameter(String headers, String parameter) {
        Matcher m = Pattern.compile("(?i);\\s*" + parameter + "=\"([^\"]*)\"").matcher(headers);
        return m.find() ? m.group(1) : null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---- images --------------------------------------------------------------------------------------------------

    /** Width and height read from the image header, or null when the bytes are not an image ImageIO knows. */
    private static int[] imageSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String sniffFolderAndExtension(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "photos/*.jpg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "documents/*.png";
        }
        if (b.length >= 12 && new String(b, 0, 4, ISO_8859_1).equals("RIFF")
                && new String(b, 8, 4, ISO_8859_1).equals("WEBP")) {
            return "documents/*.webp";
        }
        return "documents/*";
    }
}
