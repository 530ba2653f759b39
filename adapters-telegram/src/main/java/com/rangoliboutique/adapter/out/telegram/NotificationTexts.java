package com.rangoliboutique.adapter.out.telegram;

import com.rangoliboutique.application.port.out.AdminNotifier.GenerationFailed;
import com.rangoliboutique.application.port.out.AdminNotifier.PreviewCard;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductDetails;

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
        return "📦 " + card.dressId() + ": " + details.title() + "\n"
                + "💰 " + details.price().display() + " (" + details.price().usdDisplay(card.usdFxRate()) + ")\n"
                + "📂 " + String.join(", ", details.categories()) + "\n"
                + "🏷 " + String.join(", ", details.tags()) + "\n"
                + "🎨 AI v" + card.aiVersion() + "\n"
                + "\nOriginal ↑ | AI Generated ↓";
    }

    /** Generation failed for good: after all its retries, or refused in a way another attempt would not fix. */
    static String generationFailed(GenerationFailed failed) {
        if (failed.refused()) {
            return "⚠️ AI generation failed for " + failed.dressId() + ": " + shorten(failed.reason()) + ".\n"
                    + "You can publish with original image only, regenerate, or discard the draft.";
        }
        return "⚠️ AI generation failed for " + failed.dressId() + " after " + failed.attempts() + " attempts.\n"
                + "Error: " + shorten(failed.reason()) + "\n"
                + "You can publish with original image only.";
    }

    private static String shorten(String reason) {
        String text = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
