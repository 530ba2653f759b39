package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageCaption;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.rangoliboutique.adapter.out.telegram.TelegramCalls;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.adapter.out.telegram.TelegramException;
import com.rangoliboutique.application.port.out.PieceMessages;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's answers in the owner's chat. An answer about one piece is remembered ({@link PieceMessages}), so a reply
 * to it acts on that piece.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class OwnerReplies {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerReplies.class);

    private final TelegramBot bot;
    private final PieceMessages pieceMessages;

    OwnerReplies(TelegramBot bot, PieceMessages pieceMessages) {
        this.bot = bot;
        this.pieceMessages = pieceMessages;
    }

    /** @return the message id of the answer */
    int say(long chatId, String text) {
        return say(chatId, text, null);
    }

    /** @param keyboard null for none */
    int say(long chatId, String text, InlineKeyboardMarkup keyboard) {
        SendMessage message = new SendMessage(chatId, text);
        if (keyboard != null) {
            message.replyMarkup(keyboard);
        }
        return TelegramCalls.execute(bot, message).message().messageId();
    }

    /** Says {@code text} and remembers that the message is about the product. */
    void sayAbout(long chatId, String text, long productId) {
        remember(chatId, say(chatId, text), productId);
    }

    /** A photo (JPEG bytes, uploaded) with its caption and buttons; remembered as about the product. */
    int sendPhotoAbout(long chatId, byte[] jpeg, String caption, InlineKeyboardMarkup keyboard, long productId) {
        int messageId = TelegramCalls.execute(bot, new SendPhoto(chatId, jpeg).caption(caption).replyMarkup(keyboard))
                .message().messageId();
        remember(chatId, messageId, productId);
        return messageId;
    }

    /**
     * Remembers the message as about the product. Best effort: the owner already has the answer, and a reply to it
     * that cannot be matched only gets the help line — so a failure here is logged, not turned into an error.
     */
    void remember(long chatId, int messageId, long productId) {
        try {
            pieceMessages.remember(chatId, messageId, productId);
        } catch (RuntimeException e) {
            LOG.warn("could not remember that message {} is about product {}: {}", messageId, productId, e.toString());
        }
    }

    /** Stops the button's spinner, with a short notice when there is something to say. */
    void answerButton(String callbackQueryId, String notice) {
        AnswerCallbackQuery answer = new AnswerCallbackQuery(callbackQueryId);
        if (notice != null) {
            answer.text(notice);
        }
        TelegramCalls.execute(bot, answer);
    }

    /** Rewrites the card's caption; with {@code keyboard} null its buttons go away. */
    void editCard(long chatId, int messageId, String caption, InlineKeyboardMarkup keyboard) {
        EditMessageCaption edit = new EditMessageCaption(chatId, messageId).caption(caption);
        if (keyboard != null) {
            edit.replyMarkup(keyboard);
        }
        unlessUnchanged(() -> TelegramCalls.execute(bot, edit));
    }

    /** Rewrites a text message (a list page, a card without photo); with {@code keyboard} null its buttons go away. */
    void editText(long chatId, int messageId, String text, InlineKeyboardMarkup keyboard) {
        EditMessageText edit = new EditMessageText(chatId, messageId, text);
        if (keyboard != null) {
            edit.replyMarkup(keyboard);
        }
        unlessUnchanged(() -> TelegramCalls.execute(bot, edit));
    }

    /** Rewrites only the buttons of a message (its caption or text stays). */
    void editButtons(long chatId, int messageId, InlineKeyboardMarkup keyboard) {
        unlessUnchanged(() -> TelegramCalls.execute(bot, new EditMessageReplyMarkup(chatId, messageId)
                .replyMarkup(keyboard)));
    }

    /** Telegram refuses an edit that changes nothing (a card already showing what it should): nothing to do then. */
    private static void unlessUnchanged(Runnable edit) {
        try {
            edit.run();
        } catch (TelegramException e) {
            if (e.errorCode() != 400 || !String.valueOf(e.getMessage()).contains("message is not modified")) {
                throw e;
            }
        }
    }

    /** Rewrites a text message (a digest's draft or stock alert); its buttons go away. */
    void editText(long chatId, int messageId, String text) {
        TelegramCalls.execute(bot, new EditMessageText(chatId, messageId, text));
    }

    /** Uploads a picture (bytes, never a URL) with a caption. */
    void sendPhoto(long chatId, byte[] png, String caption) {
        TelegramCalls.execute(bot, new SendPhoto(chatId, png).caption(caption));
    }
}
