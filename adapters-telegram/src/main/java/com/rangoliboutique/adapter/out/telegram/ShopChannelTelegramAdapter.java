package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.ChatFullInfo;
import com.pengrad.telegrambot.model.ChatMember;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.request.DeleteMessage;
import com.pengrad.telegrambot.request.EditMessageCaption;
import com.pengrad.telegrambot.request.GetChat;
import com.pengrad.telegrambot.request.GetChatMember;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SendPhoto;
import com.rangoliboutique.application.port.in.CheckChannelUseCase.ChannelCheck;
import com.rangoliboutique.application.port.out.ShopChannel;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The shop's channel ({@code TELEGRAM_CHANNEL_ID}) through the Bot API: a post is a photo uploaded as bytes with its
 * caption and URL buttons ({@code sendPhoto}), kept in step by {@code editMessageCaption} (caption and buttons in one
 * call), removed by {@code deleteMessage}. Telegram's "message is not modified" is an edit done; "message to edit not
 * found" means the post was deleted by hand; a post Telegram will no longer delete (too old) has its caption changed to
 * say the piece is gone and loses its buttons.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
public class ShopChannelTelegramAdapter implements ShopChannel {

    private static final Logger LOG = LoggerFactory.getLogger(ShopChannelTelegramAdapter.class);

    private final TelegramBot bot;
    private final Optional<String> channelId;

    public ShopChannelTelegramAdapter(TelegramBot bot, TelegramProperties telegram) {
        this.bot = bot;
        this.channelId = telegram.channelId().isEmpty() ? Optional.empty() : Optional.of(telegram.channelId());
    }

    @Override
    public Optional<String> channelId() {
        return channelId;
    }

    @Override
    public int post(ChannelPiece piece, byte[] photo) {
        return TelegramCalls.execute(bot, new SendPhoto(chat(configured()), photo)
                .caption(ChannelTexts.caption(piece))
                .replyMarkup(ChannelTexts.buttons(piece))).message().messageId();
    }

    @Override
    public boolean edit(int messageId, ChannelPiece piece) {
        try {
            TelegramCalls.execute(bot, new EditMessageCaption(chat(configured()), messageId)
                    .caption(ChannelTexts.caption(piece))
                    .replyMarkup(ChannelTexts.buttons(piece)));
            return true;
        } catch (TelegramException e) {
            if (says(e, "message is not modified")) {
                return true;
            }
            if (says(e, "message to edit not found")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String channel, int messageId) {
        try {
            TelegramCalls.execute(bot, new DeleteMessage(chat(channel), messageId));
        } catch (TelegramException e) {
            if (says(e, "message to delete not found")) {
                return;
            }
            if (!says(e, "message can't be deleted")) {
                throw e;
            }
            LOG.info("Telegram will not delete post {} of {} any more; its caption now says the piece is gone",
                    messageId, channel);
            try {
                TelegramCalls.execute(bot, new EditMessageCaption(chat(channel), messageId)
                        .caption(ChannelTexts.NO_LONGER_AVAILABLE));
            } catch (TelegramException edit) {
                if (!says(edit, "message is not modified") && !says(edit, "message to edit not found")) {
                    throw edit;
                }
            }
        }
    }

    @Override
    public ChannelCheck check() {
        if (channelId.isEmpty()) {
            return new ChannelCheck.NotConfigured();
        }
        String channel = channelId.get();
        try {
            User me = TelegramCalls.execute(bot, new GetMe()).user();
            ChatFullInfo chat;
            try {
                chat = TelegramCalls.execute(bot, new GetChat(chat(channel))).chat();
            } catch (TelegramException e) {
                if (e.errorCode() == 400 || e.errorCode() == 403) {
                    return new ChannelCheck.NotFound(channel, e.getMessage());
                }
                throw e;
            }
            ChatMember member;
            try {
                member = TelegramCalls.execute(bot, new GetChatMember(chat(channel), me.id())).chatMember();
            } catch (TelegramException e) {
                if (e.errorCode() == 400 || e.errorCode() == 403) {
                    return new ChannelCheck.NotFound(channel, e.getMessage());
                }
                throw e;
            }
            String title = chat.title() == null ? channel : chat.title();
            boolean creator = member.status() == ChatMember.Status.creator;
            boolean admin = creator || member.status() == ChatMember.Status.administrator;
            boolean post = creator || Boolean.TRUE.equals(member.canPostMessages());
            boolean edit = creator || Boolean.TRUE.equals(member.canEditMessages());
            boolean delete = creator || Boolean.TRUE.equals(member.canDeleteMessages());
            return admin && post && edit && delete ? new ChannelCheck.Works(channel, title, me.username())
                    : new ChannelCheck.NotAllowed(channel, title, me.username(), admin, post, edit, delete);
        } catch (TelegramException e) {
            return new ChannelCheck.Unreachable(channel, e.getMessage());
        }
    }

    private String configured() {
        return channelId.orElseThrow(() -> new IllegalStateException("no TELEGRAM_CHANNEL_ID"));
    }

    /** {@code -1001234567890} as a number, {@code @rangoli_new} as it is. */
    private static Object chat(String channel) {
        return channel.startsWith("@") ? channel : Long.parseLong(channel);
    }

    private static boolean says(TelegramException e, String words) {
        return e.errorCode() == 400 && String.valueOf(e.getMessage()).contains(words);
    }
}
