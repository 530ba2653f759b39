package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import redis.clients.jedis.RedisClient;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.ChannelRights;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /channel} through the webhook: the bot asks the Bot API peer (getMe, getChat, getChatMember) whether it may
 * post to {@code TELEGRAM_CHANNEL_ID} and tells the owner, in plain words, what to fix.
 */
@MicronautTest(environments = "test", transactional = false)
class ChannelCommandIT extends PostgresIT {

    static final long OWNER = 111_222L;
    static final long CHANNEL = -1_009_876_543_210L;
    static final String SECRET = "webhook-secret-for-tests";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(70_000);

    @Inject
    EmbeddedServer server;
    @Inject
    RedisClient redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                String.valueOf(OWNER)));
        p.put("telegram.webhook-per-minute", "10000");
        p.put("telegram.channel-id", "@rangoli_new");
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
    void anAdminWithPostingRightsIsToldPostingWorks() throws Exception {
        TELEGRAM.addChannel(CHANNEL, "rangoli_new", "Rangoli New Arrivals", ChannelRights.ADMIN);

        String answer = channel();

        assertEquals("✅ Posting to Rangoli New Arrivals (@rangoli_new) works: every piece you publish is posted there"
                + " with its photo, price and an Order on WhatsApp button; sold out, back on sale, hidden and discarded"
                + " pieces are updated or removed by themselves.", answer);
        assertEquals(List.of("getMe", "getChat", "getChatMember", "sendMessage"),
                TELEGRAM.calls().stream().map(TelegramPeer.Call::method).toList());
    }

    @Test
    void aMemberThatIsNoAdminIsToldHowToMakeItOne() throws Exception {
        TELEGRAM.addChannel(CHANNEL, "rangoli_new", "Rangoli New Arrivals", ChannelRights.MEMBER);

        String answer = channel();

        assertTrue(answer.startsWith("❌ I am in Rangoli New Arrivals (@rangoli_new), but I cannot post there: I am not"
                + " an admin.\n\nIn Telegram, open the channel → Administrators → Add Admin → pick this bot"), answer);
    }

    @Test
    void anAdminWithoutPostingIsToldWhichRightIsMissing() throws Exception {
        TELEGRAM.addChannel(CHANNEL, "rangoli_new", "Rangoli New Arrivals", ChannelRights.ADMIN_WITHOUT_POSTING);

        assertTrue(channel().contains("I am an admin without \"Post messages\"."), TELEGRAM.calls().toString());
    }

    @Test
    void aChannelTheBotIsNotInIsNotFound() throws Exception {
        TELEGRAM.addChannel(CHANNEL, "rangoli_new", "Rangoli New Arrivals", ChannelRights.NOT_A_MEMBER);

        String answer = channel();

        assertTrue(answer.startsWith("❌ I cannot find the channel @rangoli_new, or I am not in it."), answer);
        assertTrue(answer.contains("chat not found"), answer);
    }

    @Test
    void theHelpListsTheCommand() throws Exception {
        send("/help");
        assertTrue(lastText().contains("/channel — whether new pieces reach the shop's Telegram channel"), lastText());
    }

    private String channel() throws Exception {
        send("/channel");
        return lastText();
    }

    private String lastText() {
        List<TelegramPeer.Call> sent = TELEGRAM.calls("sendMessage");
        assertTrue(!sent.isEmpty(), () -> "no reply; calls: " + TELEGRAM.calls());
        assertEquals(OWNER, sent.get(sent.size() - 1).chatId());
        return sent.get(sent.size() - 1).param("text");
    }

    private void send(String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/telegram/webhook/" + TELEGRAM.token()))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(Updates.text(UPDATE_IDS.incrementAndGet(), OWNER, text)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
    }
}
