package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.ChannelRights;
import com.rangoliboutique.application.port.in.CheckChannelUseCase.ChannelCheck;
import com.rangoliboutique.application.port.out.ShopChannel.ChannelPiece;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The channel adapter's answers to what Telegram says, with the real pengrad client against the Bot API peer. */
class ShopChannelTelegramAdapterIT {

    private static final long CHANNEL = -1_005_550_001L;
    private static final ChannelPiece SAREE = new ChannelPiece(new DressId(1042), "Banarasi silk saree",
            Price.ofRupees(12_500), Optional.empty(), false, "https://wa.me/919876543210?text=Hi",
            "https://rangoli.example/d/D-1042");

    private static TelegramPeer peer;
    private static TelegramBot bot;

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
    void freshChannel() {
        peer.clear();
        peer.addChannel(CHANNEL, "rangoli_new", "Rangoli New Arrivals", ChannelRights.ADMIN);
    }

    private static ShopChannelTelegramAdapter channel(String id) {
        return new ShopChannelTelegramAdapter(bot, new TelegramProperties(peer.token(), peer.baseUrl(), "", "", 120, 5,
                Duration.ofMillis(1500), false, id));
    }

    @Test
    void anEditThatChangesNothingIsDoneAndAPostDeletedByHandIsReportedGone() {
        ShopChannelTelegramAdapter channel = channel("@rangoli_new");
        int post = channel.post(SAREE, TestImages.jpeg(300, 400, java.awt.Color.RED));

        assertTrue(channel.edit(post, SAREE), "\"message is not modified\" is an edit done");
        assertEquals(1, peer.calls("editMessageCaption").size());
        peer.deleteByHand(CHANNEL, post);
        assertFalse(channel.edit(post, SAREE), "gone: post again");
        channel.delete("@rangoli_new", post); // gone already: fine
        assertEquals(1, peer.calls("deleteMessage").size());
    }

    @Test
    void theChannelCanBeNamedByItsNumericId() {
        ShopChannelTelegramAdapter channel = channel(String.valueOf(CHANNEL));
        int post = channel.post(SAREE, TestImages.jpeg(300, 400, java.awt.Color.RED));

        assertEquals(String.valueOf(CHANNEL), peer.calls("sendPhoto").get(0).param("chat_id"));
        assertEquals(1, peer.channelPosts(CHANNEL).size());
        channel.delete(String.valueOf(CHANNEL), post);
        assertTrue(peer.channelPosts(CHANNEL).isEmpty());
    }

    @Test
    void aBotThatMayNotPostFailsTheCallSoTheWorkerTriesAgain() {
        peer.setChannelRights(CHANNEL, ChannelRights.MEMBER);

        TelegramException refused = assertThrows(TelegramException.class,
                () -> channel("@rangoli_new").post(SAREE, TestImages.jpeg(300, 400, java.awt.Color.RED)));
        assertTrue(refused.getMessage().contains("need administrator rights in the channel chat"), refused.getMessage());
    }

    @Test
    void theCheckSaysWhatTheBotMayDo() {
        assertInstanceOf(ChannelCheck.Works.class, channel("@rangoli_new").check());
        assertInstanceOf(ChannelCheck.NotConfigured.class, channel("").check());
        assertInstanceOf(ChannelCheck.NotFound.class, channel("@somebody_else").check());
        peer.setChannelRights(CHANNEL, new ChannelRights("administrator", true, false, true));
        ChannelCheck.NotAllowed noEdit = assertInstanceOf(ChannelCheck.NotAllowed.class, channel("@rangoli_new").check());
        assertTrue(noEdit.admin() && noEdit.canPost() && !noEdit.canEdit() && noEdit.canDelete(), noEdit.toString());
        assertEquals("Rangoli New Arrivals", noEdit.title());
    }
}
