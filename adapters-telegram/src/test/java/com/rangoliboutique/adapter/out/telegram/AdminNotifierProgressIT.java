package com.rangoliboutique.adapter.out.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.TelegramBot;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Call;
import com.rangoliboutique.application.port.out.AdminNotifier.Working;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Sending photo…" while a photo is made: the notifier renews Telegram's chat action itself, against the peer. */
class AdminNotifierProgressIT {

    private static final long CHAT = 5_550_002L;
    private static final Duration RENEWAL = Duration.ofMillis(50);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static TelegramPeer peer;
    private static TelegramBot bot;
    private static AdminNotifierTelegramAdapter notifier;

    @BeforeAll
    static void startPeer() {
        peer = TelegramPeer.start();
        bot = TelegramClientFactory.create(peer.token(), peer.baseUrl());
        notifier = new AdminNotifierTelegramAdapter(bot, new ProgressRenewal(RENEWAL));
    }

    @AfterAll
    static void stopPeer() {
        notifier.stopProgress();
        bot.shutdown();
        peer.close();
    }

    @BeforeEach
    void forgetCalls() {
        peer.clear();
    }

    @Test
    void uploadPhotoIsSentAtOnceAndRenewedUntilTheWorkIsDone() throws InterruptedException {
        List<Call> shown;
        try (Working working = notifier.showWorking(CHAT)) {
            shown = peer.awaitCalls("sendChatAction", 3, PATIENCE);
        }
        int whenClosed = peer.calls("sendChatAction").size();
        Thread.sleep(RENEWAL.multipliedBy(10).toMillis());   // ten renewals' time: none may come

        assertTrue(shown.stream().allMatch(call -> call.chatId() == CHAT && "upload_photo".equals(call.param("action"))),
                shown.toString());
        assertTrue(peer.calls("sendChatAction").size() <= whenClosed + 1, "at most the one under way when closed");
    }

    @Test
    void anIndicatorThatDoesNotGetThroughNeverFailsTheWorkAndKeepsBeingTried() {
        peer.dropConnections("sendChatAction");

        try (Working working = notifier.showWorking(CHAT)) {
            peer.awaitCalls("sendChatAction", 2, PATIENCE);   // the first one failed, yet it is renewed
        }
    }
}
