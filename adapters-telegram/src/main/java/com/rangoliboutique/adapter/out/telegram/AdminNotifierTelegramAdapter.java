package com.rangoliboutique.adapter.out.telegram;

import static com.rangoliboutique.adapter.out.telegram.CallbackAction.APPROVE;
import static com.rangoliboutique.adapter.out.telegram.CallbackAction.DISCARD;
import static com.rangoliboutique.adapter.out.telegram.CallbackAction.EDIT;
import static com.rangoliboutique.adapter.out.telegram.CallbackAction.PUBLISH_ORIGINAL;
import static com.rangoliboutique.adapter.out.telegram.CallbackAction.REGENERATE;
import static com.rangoliboutique.adapter.out.telegram.CallbackAction.STYLE;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.ChatAction;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.SendChatAction;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.response.SendResponse;
import com.rangoliboutique.application.port.out.AdminNotifier;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Talks to the owner through the Telegram Bot API, in the words of {@link NotificationTexts}; photos are uploaded as
 * bytes (multipart).
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
public class AdminNotifierTelegramAdapter implements AdminNotifier {

    /** Telegram's limits, in UTF-16 code units. */
    static final int MAX_CAPTION = 1024;
    static final int MAX_TEXT = 4096;

    private final TelegramBot bot;
    private final ChatActionRenewals progress;

    public AdminNotifierTelegramAdapter(TelegramBot bot) {
        this(bot, null);
    }

    /** @param renewal how often "sending photo…" is renewed; {@code null} = {@link ProgressRenewal#DEFAULT} */
    @Inject
    public AdminNotifierTelegramAdapter(TelegramBot bot, @Nullable ProgressRenewal renewal) {
        this.bot = bot;
        this.progress = new ChatActionRenewals(renewal == null ? ProgressRenewal.DEFAULT : renewal);
    }

    @Override
    public void message(long chatId, String text) {
        TelegramCalls.execute(bot, new SendMessage(chatId, fit(text, MAX_TEXT)));
    }

    @Override
    public int sendPreview(PreviewCard card) {
        TelegramCalls.execute(bot, new SendPhoto(card.chatId(), card.originalJpeg())
                .caption(fit(NotificationTexts.originalCaption(card.dressId()), MAX_CAPTION)));
        return TelegramCalls.execute(bot, new SendPhoto(card.chatId(), card.aiJpeg())
                        .caption(fit(NotificationTexts.previewCaption(card), MAX_CAPTION))
                        .replyMarkup(previewKeyboard(card.productId(), card.aiVersion(), false)))
                .message().messageId();
    }

    @Override
    public void sendGenerationFailed(long chatId, long productId, GenerationFailed failed) {
        TelegramCalls.execute(bot, new SendMessage(chatId, fit(NotificationTexts.generationFailed(failed), MAX_TEXT))
                .replyMarkup(failed.refused() ? refusedKeyboard(productId) : generationFailedKeyboard(productId)));
    }

    /** The summary, then a message per waiting draft (the preview card's buttons) and per stock alert. */
    @Override
    public List<AboutPiece> sendDigest(long chatId, Digest digest) {
        TelegramCalls.execute(bot, new SendMessage(chatId, fit(NotificationTexts.digestSummary(digest), MAX_TEXT)));
        List<AboutPiece> sent = new ArrayList<>();
        for (Digest.Waiting draft : digest.waiting()) {
            SendResponse line = TelegramCalls.execute(bot, new SendMessage(chatId,
                    fit(NotificationTexts.waitingDraft(draft), MAX_TEXT)).replyMarkup(previewKeyboard(draft.productId())));
            sent.add(new AboutPiece(line.message().messageId(), draft.productId()));
        }
        for (Digest.Alert alert : digest.alerts()) {
            SendResponse line = TelegramCalls.execute(bot, new SendMessage(chatId,
                    fit(NotificationTexts.stockAlert(alert, digest), MAX_TEXT))
                    .replyMarkup(StockAlertAction.keyboard(alert.dressId())));
            sent.add(new AboutPiece(line.message().messageId(), alert.productId()));
        }
        return sent;
    }

    /** Two documents, not photos: Telegram recompresses photos, a document keeps every pixel for forwarding. */
    @Override
    public void sendShareCards(long chatId, ShareCards cards) {
        TelegramCalls.execute(bot, new SendDocument(chatId, cards.statusJpeg())
                .fileName(cards.dressId() + "-status.jpg").contentType("image/jpeg")
                .caption(fit(NotificationTexts.statusCardCaption(cards), MAX_CAPTION)));
        TelegramCalls.execute(bot, new SendDocument(chatId, cards.postJpeg())
                .fileName(cards.dressId() + "-post.jpg").contentType("image/jpeg")
                .caption(fit(NotificationTexts.postCardCaption(cards), MAX_CAPTION)));
    }

    @Override
    public void sendNoShareCards(long chatId, NotShareable piece) {
        TelegramCalls.execute(bot, new SendMessage(chatId, fit(NotificationTexts.noShareCards(piece), MAX_TEXT)));
    }

    /** Sends Telegram's {@code upload_photo} chat action now and renews it until the work is done. */
    @Override
    public Working showWorking(long chatId) {
        return progress.keepSending(() -> showUploadingPhoto(chatId));
    }

    /** Shows "sending photo…" in the chat for a few seconds (Telegram's {@code upload_photo} chat action). */
    public void showUploadingPhoto(long chatId) {
        TelegramCalls.execute(bot, new SendChatAction(chatId, ChatAction.upload_photo));
    }

    @PreDestroy
    void stopProgress() {
        progress.close();
    }

    /** Approve / Regenerate, Publish original / Edit, Discard (a waiting draft in the digest, a draft's card). */
    public static InlineKeyboardMarkup previewKeyboard(long productId) {
        return new InlineKeyboardMarkup(
                row(productId, APPROVE, REGENERATE),
                row(productId, PUBLISH_ORIGINAL, EDIT),
                row(productId, DISCARD));
    }

    /**
     * One AI version's card: Approve / Regenerate, Style / Add to gallery (or In gallery), Publish original / Edit,
     * Discard.
     */
    public static InlineKeyboardMarkup previewKeyboard(long productId, int aiVersion, boolean inGallery) {
        return new InlineKeyboardMarkup(
                row(productId, APPROVE, REGENERATE),
                new InlineKeyboardButton[] {STYLE.button(productId),
                        StyleButtons.galleryButton(productId, aiVersion, inGallery)},
                row(productId, PUBLISH_ORIGINAL, EDIT),
                row(productId, DISCARD));
    }

    /** Publish original, Regenerate / Discard. */
    public static InlineKeyboardMarkup generationFailedKeyboard(long productId) {
        return new InlineKeyboardMarkup(
                row(productId, PUBLISH_ORIGINAL),
                row(productId, REGENERATE, DISCARD));
    }

    /** A safety refusal: another look may pass where the same one would not — Publish original, Style / Regenerate, Discard. */
    public static InlineKeyboardMarkup refusedKeyboard(long productId) {
        return new InlineKeyboardMarkup(
                row(productId, PUBLISH_ORIGINAL, STYLE),
                row(productId, REGENERATE, DISCARD));
    }

    private static InlineKeyboardButton[] row(long productId, CallbackAction... actions) {
        InlineKeyboardButton[] row = new InlineKeyboardButton[actions.length];
        for (int i = 0; i < actions.length; i++) {
            row[i] = actions[i].button(productId);
        }
        return row;
    }

    /** Cuts {@code text} to Telegram's limit (ending in "…") rather than have the whole message refused. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
