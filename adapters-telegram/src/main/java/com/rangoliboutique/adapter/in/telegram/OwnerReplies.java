package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageCaption;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.request.SendMessage;
import com.rangoliboutique.adapter.out.telegram.TelegramCalls;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The bot's answers in the owner's chat. */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class OwnerReplies {

    private final TelegramBot bot;

    OwnerReplies(TelegramBot bot) {
        this.bot = bot;
    }

    void say(long chatId, String text) {
        TelegramCalls.execute(bot, new SendMessage(chatId, text));
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
        TelegramCalls.execute(bot, edit);
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
