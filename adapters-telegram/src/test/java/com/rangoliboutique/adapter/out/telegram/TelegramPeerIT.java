package com.rangoliboutique.adapter.out.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.File;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.PhotoSize;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.DeleteMessage;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.EditMessageCaption;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetFile;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.SendResponse;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Button;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Call;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The peer speaks the Bot API as the real pengrad client (and a plain HTTP client) expect it. */
class TelegramPeerIT {

    private static final long CHAT = 5_550_002L;

    private static TelegramPeer peer;
    private static TelegramBot bot;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPeer() {
        peer = TelegramPeer.start();
        bot = TelegramClientFactory.create(peer.token(), peer.baseUrl());
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
    void getMeAnswersTheBotOfTheToken() {
        assertEquals(peer.botId(), bot.execute(new GetMe()).user().id());
    }

    @Test
    void registeredFileIsFoundByGetFileAndDownloadedThroughTheFileApi() throws Exception {
        byte[] jpeg = TestImages.jpeg(320, 240, Color.GREEN);
        String fileId = peer.addFile(jpeg);

        File file = bot.execute(new GetFile(fileId)).file();

        assertEquals(fileId, file.fileId());
        assertEquals(jpeg.length, file.fileSize());
        assertTrue(file.filePath().endsWith(".jpg"), file.filePath());
        assertArrayEquals(jpeg, bot.getFileContent(file));
        assertEquals(fileId, peer.calls("getFile").get(0).param("file_id"));
    }

    @Test
    void unknownFileIdIsRefused() {
        BaseResponse response = bot.execute(new GetFile("nope"));

        assertEquals(400, response.errorCode());
        assertEquals("Bad Request: invalid file_id", response.description());
    }

    @Test
    void sentPhotoComesBackAsAMessageWithPhotoSizesAndIsDownloadable() throws Exception {
        byte[] jpeg = TestImages.jpeg(900, 1200, Color.MAGENTA);

        SendResponse response = bot.execute(new SendPhoto(CHAT, jpeg).caption("hi"));

        Message message = response.message();
        assertEquals(CHAT, message.chat().id());
        assertEquals("hi", message.caption());
        PhotoSize largest = message.photo()[message.photo().length - 1];
        assertEquals(900, largest.width());
        assertEquals(1200, largest.height());
        assertTrue(message.photo()[0].width() <= 90);
        assertArrayEquals(jpeg, bot.getFileContent(bot.execute(new GetFile(largest.fileId())).file()));
    }

    @Test
    void messageIdsIncrease() {
        int first = bot.execute(new SendMessage(CHAT, "one")).message().messageId();
        int second = bot.execute(new SendPhoto(CHAT, TestImages.png(10, 10, Color.RED))).message().messageId();

        assertTrue(second > first);
    }

    @Test
    void photoAsUrlOrNonImageIsRefusedAsTelegramWould() {
        SendResponse byUrl = bot.execute(new SendPhoto(CHAT, "https://example.com/p.jpg"));
        SendResponse notAnImage = bot.execute(new SendPhoto(CHAT, "not an image".getBytes(UTF_8)));

        assertEquals("Bad Request: wrong file identifier/HTTP URL specified", byUrl.description());
        assertEquals("Bad Request: IMAGE_PROCESS_FAILED", notAnImage.description());
        assertEquals(2, peer.calls("sendPhoto").size(), "refused calls are recorded too");
    }

    @Test
    void editCaptionAndButtonsOfACardThenRefuseAnIdenticalEdit() {
        int id = bot.execute(new SendPhoto(CHAT, TestImages.jpeg(30, 40, Color.RED)).caption("📦 D-1042")
                .replyMarkup(keyboard("approve:1"))).message().messageId();

        SendResponse edited = (SendResponse) bot.execute(new EditMessageCaption(CHAT, id)
                .caption("✅ Published").replyMarkup(keyboard("hide:1")));
        BaseResponse again = bot.execute(new EditMessageCaption(CHAT, id)
                .caption("✅ Published").replyMarkup(keyboard("hide:1")));

        assertTrue(edited.isOk());
        assertEquals("✅ Published", edited.message().caption());
        assertEquals(400, again.errorCode());
        assertTrue(again.description().startsWith("Bad Request: message is not modified"));
        assertEquals("✅ Published", peer.message(CHAT, id).orElseThrow().get("caption").getAsString());
        assertEquals(List.of(List.of(new Button("Go", "hide:1"))), peer.calls("editMessageCaption").get(0)
                .inlineKeyboard());
    }

    @Test
    void editWithoutReplyMarkupRemovesTheButtons() {
        int id = peer.addPhotoMessage(CHAT, "📦 D-1042");
        bot.execute(new EditMessageReplyMarkup(CHAT, id).replyMarkup(keyboard("approve:1")));

        BaseResponse response = bot.execute(new EditMessageCaption(CHAT, id).caption("🗑 Discarded"));

        assertTrue(response.isOk());
        assertFalse(peer.message(CHAT, id).orElseThrow().has("reply_markup"));
    }

    @Test
    void editingAMessageThatIsNotThereIsRefused() {
        BaseResponse response = bot.execute(new EditMessageCaption(CHAT, 999_999).caption("x"));

        assertEquals("Bad Request: message to edit not found", response.description());
    }

    @Test
    void editTextAndDeleteATextMessage() {
        int id = peer.addTextMessage(CHAT, "Send the new lines");

        BaseResponse edited = bot.execute(new EditMessageText(CHAT, id, "Done"));
        BaseResponse deleted = bot.execute(new DeleteMessage(CHAT, id));
        BaseResponse deletedAgain = bot.execute(new DeleteMessage(CHAT, id));

        assertTrue(edited.isOk());
        assertTrue(deleted.isOk());
        assertEquals("Bad Request: message to delete not found", deletedAgain.description());
        assertTrue(peer.message(CHAT, id).isEmpty());
    }

    @Test
    void answerCallbackQueryIsRecorded() {
        assertTrue(bot.execute(new AnswerCallbackQuery("4382bfdwdsb323b2d9").text("D-1042 published")).isOk());

        Call call = peer.calls("answerCallbackQuery").get(0);
        assertEquals("4382bfdwdsb323b2d9", call.param("callback_query_id"));
        assertEquals("D-1042 published", call.param("text"));
    }

    @Test
    void webhookAndCommandsAreRegistered() {
        BaseResponse webhook = bot.execute(new SetWebhook().url("https://shop.example/telegram/webhook/x")
                .secretToken("s3cret_-X").allowedUpdates("message", "callback_query").dropPendingUpdates(true));
        BaseResponse commands = bot.execute(new SetMyCommands(new BotCommand("setrate", "Set the USD rate"),
                new BotCommand("help", "Show commands")));
        BaseResponse plainHttp = bot.execute(new SetWebhook().url("http://shop.example/hook"));
        BaseResponse deleted = bot.execute(new DeleteWebhook());

        assertTrue(webhook.isOk());
        assertEquals("Webhook was set", webhook.description());
        assertTrue(commands.isOk());
        assertEquals("Bad Request: bad webhook: An HTTPS URL must be provided for webhook", plainHttp.description());
        assertTrue(deleted.isOk());
        Call call = peer.calls("setWebhook").get(0);
        assertEquals("https://shop.example/telegram/webhook/x", call.param("url"));
        assertEquals("s3cret_-X", call.param("secret_token"));
        assertEquals("[\"message\",\"callback_query\"]", call.param("allowed_updates"));
        assertEquals("true", call.param("drop_pending_updates"));
        assertTrue(peer.calls("setMyCommands").get(0).param("commands").contains("\"command\":\"setrate\""));
    }

    @Test
    void jsonBodiesAreUnderstoodLikeFormBodies() throws Exception {
        String body = """
                {"chat_id": 42, "text": "hi ₹", "reply_markup": {"inline_keyboard": [[
                  {"text": "✅ Approve", "callback_data": "approve:9"}]]}}""";

        HttpResponse<String> response = post(peer.token(), "sendMessage", "application/json", body);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("{\"ok\":true,\"result\":{\"message_id\":"), response.body());
        Call call = peer.calls("sendMessage").get(0);
        assertEquals(42, call.chatId());
        assertEquals("hi ₹", call.param("text"));
        assertEquals(List.of(List.of(new Button("✅ Approve", "approve:9"))), call.inlineKeyboard());
    }

    @Test
    void wrongTokenGets401AndIsNotRecorded() throws Exception {
        HttpResponse<String> response = post("1:wrong", "sendMessage", "application/x-www-form-urlencoded",
                "chat_id=1&text=x");

        assertEquals(401, response.statusCode());
        assertEquals("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", response.body());
        assertTrue(peer.calls().isEmpty());
    }

    @Test
    void unknownMethodGets404() throws Exception {
        assertEquals(404, post(peer.token(), "sendTelepathy", "application/json", "{}").statusCode());
    }

    @Test
    void injectedFailureHitsOnlyTheNextCallOfThatMethod() {
        peer.failNextTooManyRequests("sendMessage", 3);

        BaseResponse first = bot.execute(new SendMessage(CHAT, "a"));
        BaseResponse second = bot.execute(new SendMessage(CHAT, "b"));

        assertEquals(429, first.errorCode());
        assertEquals(3, first.parameters().retryAfter());
        assertTrue(second.isOk());
    }

    @Test
    void concurrentCallsAllGetDistinctMessageIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20).forEach(i -> pool.submit(() -> ids.add(
                bot.execute(new SendPhoto(CHAT, TestImages.jpeg(20 + i, 20, Color.RED))).message().messageId())));

        List<Call> calls = peer.awaitCalls("sendPhoto", 20, Duration.ofSeconds(20));
        pool.shutdown();
        assertTrue(pool.awaitTermination(20, TimeUnit.SECONDS));

        assertEquals(20, calls.size());
        assertEquals(20, ids.size());
    }

    private static InlineKeyboardMarkup keyboard(String callbackData) {
        return new InlineKeyboardMarkup(new InlineKeyboardButton("Go").callbackData(callbackData));
    }

    private HttpResponse<String> post(String token, String method, String contentType, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(peer.baseUrl() + "/bot" + token + "/" + method))
                        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
