package com.rangoliboutique.adapter.out.telegram;

import com.rangoliboutique.application.port.out.AdminNotifier;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Stands in for Telegram when no bot token is configured (local runs): every notification goes to the log. */
@Singleton
@Requires(condition = TelegramCondition.Disabled.class)
public class AdminNotifierLoggingAdapter implements AdminNotifier {

    static final String DISABLED = "Telegram is disabled: set TELEGRAM_BOT_TOKEN (and TELEGRAM_ADMIN_IDS, "
            + "TELEGRAM_WEBHOOK_SECRET) to enable the bot";

    private static final Logger LOG = LoggerFactory.getLogger(AdminNotifierLoggingAdapter.class);

    @EventListener
    void onStartup(StartupEvent event) {
        LOG.info(DISABLED);
    }

    @Override
    public void message(long chatId, String text) {
        LOG.info("To chat {}: {}", chatId, text);
    }

    @Override
    public int sendPreview(PreviewCard card) {
        LOG.info("To chat {}: preview of {} (product {}; original {} bytes, AI {} bytes; buttons approve, regen, "
                        + "style, gal, pub_orig, edit_meta, discard):\n{}", card.chatId(), card.dressId(), card.productId(),
                card.originalJpeg().length, card.aiJpeg().length, NotificationTexts.previewCaption(card));
        return 0;
    }

    @Override
    public void sendGenerationFailed(long chatId, long productId, GenerationFailed failed) {
        LOG.info("To chat {}: generation failed for product {} (buttons pub_orig, {}regen, discard): {}",
                chatId, productId, failed.refused() ? "style, " : "", NotificationTexts.generationFailed(failed));
    }

    @Override
    public List<AboutPiece> sendDigest(long chatId, Digest digest) {
        LOG.info("To chat {}: {}", chatId, NotificationTexts.digestSummary(digest));
        digest.waiting().forEach(draft -> LOG.info("To chat {} (buttons approve, regen, pub_orig, edit_meta, discard): {}",
                chatId, NotificationTexts.waitingDraft(draft)));
        digest.alerts().forEach(alert -> LOG.info("To chat {} (buttons st_hide, st_sold, st_keep): {}", chatId,
                NotificationTexts.stockAlert(alert, digest)));
        return List.of(); // no message to reply to
    }

    @Override
    public void sendShareCards(long chatId, ShareCards cards) {
        LOG.info("To chat {}: share cards of {} ({}-status.jpg {} bytes, {}-post.jpg {} bytes):\n{}\n{}", chatId,
                cards.dressId(), cards.dressId(), cards.statusJpeg().length, cards.dressId(), cards.postJpeg().length,
                NotificationTexts.statusCardCaption(cards), NotificationTexts.postCardCaption(cards));
    }

    @Override
    public void sendNoShareCards(long chatId, NotShareable piece) {
        LOG.info("To chat {}: {}", chatId, NotificationTexts.noShareCards(piece));
    }

    @Override
    public Working showWorking(long chatId) {
        LOG.debug("To chat {}: uploading photo…", chatId);
        return Working.NONE;
    }
}
