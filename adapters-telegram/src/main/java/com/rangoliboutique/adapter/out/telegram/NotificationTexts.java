package com.rangoliboutique.adapter.out.telegram;

import com.rangoliboutique.application.port.out.AdminNotifier.Digest;
import com.rangoliboutique.application.port.out.AdminNotifier.GenerationFailed;
import com.rangoliboutique.application.port.out.AdminNotifier.NotShareable;
import com.rangoliboutique.application.port.out.AdminNotifier.PreviewCard;
import com.rangoliboutique.application.port.out.AdminNotifier.ShareCards;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductDetails;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the owner reads in the notifications (spec flow B): the preview card's captions and the failure message. */
final class NotificationTexts {

    private static final int MAX_REASON = 200;

    private NotificationTexts() {
    }

    /** The caption of the original photo, the first of the preview card. */
    static String originalCaption(DressId dressId) {
        return "📷 Original — " + dressId;
    }

    /** The caption of the AI photo on the preview card ({@code send_preview_card}). */
    static String previewCaption(PreviewCard card) {
        ProductDetails details = card.details();
        String head = "📦 " + card.dressId() + ": " + details.title() + "\n"
                + "💰 " + details.price().display() + " (" + details.price().usdDisplay(card.usdFxRate()) + ")\n"
                + "📂 " + String.join(", ", details.categories()) + "\n"
                + "🏷 " + String.join(", ", details.tags());
        String tail = "\n🎨 AI v" + card.aiVersion() + styleOf(card) + "\n"
                + (card.colours() == null ? "" : colourLine(card.colours()) + "\n")
                + "\nOriginal ↑ | AI Generated ↓";
        // a long title or many tags give way first: the colour line and the AI version always stay on the card
        return AdminNotifierTelegramAdapter.fit(head, AdminNotifierTelegramAdapter.MAX_CAPTION - tail.length()) + tail;
    }

    /** What the colour check found, in the owner's words. */
    static String colourLine(ColourCheck colours) {
        if (!colours.differs()) {
            return "Colours match your photo ✓";
        }
        String change = colours.originalColour().equals(colours.aiColour())
                ? "the " + colours.originalColour() + " looks a different shade"
                : colours.originalColour() + " → " + colours.aiColour();
        return "⚠️ Colours may differ from your photo: " + change + ". Compare before approving.";
    }

    /** The look, when the owner chose one (a studio card reads as the spec's). */
    private static String styleOf(PreviewCard card) {
        return card.style() == AiStyle.STUDIO ? "" : " · " + StyleLabels.label(card.style());
    }

    /** Generation failed for good: after all its retries, or refused in a way another attempt would not fix. */
    static String generationFailed(GenerationFailed failed) {
        if (failed.refused()) {
            return "⚠️ AI generation failed for " + failed.dressId() + ": " + shorten(failed.reason()) + ".\n"
                    + "Try another style (🎨 Style) or publish your own photo (📷 Publish original) — or discard the"
                    + " draft.";
        }
        return "⚠️ AI generation failed for " + failed.dressId() + " after " + failed.attempts() + " attempts.\n"
                + "Error: " + shorten(failed.reason()) + "\n"
                + "You can publish with original image only.";
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** The morning digest's first message. */
    static String digestSummary(Digest digest) {
        StringBuilder text = new StringBuilder("☀️ Good morning! Yesterday (").append(DAY.format(digest.day()))
                .append("):\n👀 ").append(digest.views()).append(digest.views() == 1 ? " view" : " views")
                .append(" · 💬 ").append(digest.taps()).append(digest.taps() == 1 ? " WhatsApp tap" : " WhatsApp taps");
        if (digest.waitingCount() > 0) {
            text.append("\n\n📝 ").append(digest.waitingCount())
                    .append(digest.waitingCount() == 1 ? " draft is" : " drafts are")
                    .append(" waiting for your decision for more than a day")
                    .append(more(digest.waiting().size(), digest.waitingCount())).append(" — see below.");
        }
        if (digest.alertCount() > 0) {
            text.append("\n\n📦 ").append(digest.alertCount())
                    .append(digest.alertCount() == 1 ? " piece has" : " pieces have")
                    .append(" been on sale for over ").append(digest.staleAfterDays())
                    .append(" days with no WhatsApp tap in ").append(digest.quietDays()).append(" days")
                    .append(more(digest.alerts().size(), digest.alertCount()))
                    .append(". Hide it, mark it sold out, or keep it (no reminder for 30 days).");
        }
        return text.toString();
    }

    static String waitingDraft(Digest.Waiting draft) {
        return "📝 Draft " + draft.dressId() + ": " + draft.title() + "\nWaiting for " + days(draft.daysWaiting()) + ".";
    }

    static String stockAlert(Digest.Alert alert, Digest digest) {
        return "📦 " + alert.dressId() + ": " + alert.title() + "\nOn sale for " + days(alert.daysOnSale()) + "; "
                + alert.views() + (alert.views() == 1 ? " view" : " views") + " and no WhatsApp tap in the last "
                + digest.quietDays() + " days.";
    }

    /** The first share card: the tall one. */
    static String statusCardCaption(ShareCards cards) {
        return "📲 " + cards.dressId() + " — for WhatsApp Status and stories (1080×1920). Forward it as it is.";
    }

    /** The second share card, with the page both cards' QR codes open. */
    static String postCardCaption(ShareCards cards) {
        return "🖼 " + cards.dressId() + " — for a feed post (1080×1350).\nThe QR codes open " + cards.pageUrl();
    }

    /** Why there are no share cards. */
    static String noShareCards(NotShareable piece) {
        if (piece.dressId().isEmpty() || piece.status().isEmpty()) {
            return "That piece is no longer in the shop, so there are no share cards to make.";
        }
        String id = piece.dressId().get().toString();
        return switch (piece.status().get()) {
            case DRAFT -> id + " is still a draft — share cards are made once it is published.";
            case HIDDEN -> id + " is hidden from buyers — unhide it first, then its share cards can link to its page.";
            case SOLD_OUT -> id + " is sold out — share cards would advertise a piece buyers cannot order. Put it back"
                    + " on sale first (reply \"back on sale\" to its card).";
            case PUBLISHED -> id + " is in the catalog — ask for its share cards again.";   // not sent for this
        };
    }

    private static String more(int shown, int count) {
        return shown < count ? " (the oldest " + shown + " below)" : "";
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static String shorten(String reason) {
        String text = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
