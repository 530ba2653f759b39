package com.rangoliboutique.application.service;

import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.settings.ShopSettings;

/** What the owner reads in Telegram, worded as in the spec, in one place. */
public final class OwnerTexts {

    private OwnerTexts() {
    }

    /** The caption of the AI photo on the preview card (spec flow B, {@code send_preview_card}). */
    public static String previewCaption(Product product, ShopSettings settings, int aiVersion) {
        return "📦 " + product.dressId() + ": " + product.title() + "\n"
                + "💰 " + product.price().display() + " (" + product.price().usdDisplay(settings.usdFxRate()) + ")\n"
                + "📂 " + String.join(", ", product.categories()) + "\n"
                + "🏷 " + String.join(", ", product.tags()) + "\n"
                + "🎨 AI v" + aiVersion + "\n"
                + "\nOriginal ↑ | AI Generated ↓";
    }

    /** Generation failed after all its retries (spec flow B). */
    public static String generationFailedAfterRetries(Product product, int attempts, String reason) {
        return "⚠️ AI generation failed for " + product.dressId() + " after " + attempts + " attempts.\n"
                + "Error: " + shorten(reason) + "\n"
                + "You can publish with original image only.";
    }

    /** Generation failed in a way another attempt would not fix (safety filter, no image). */
    public static String generationRefused(Product product, String reason) {
        return "⚠️ AI generation failed for " + product.dressId() + ": " + shorten(reason) + ".\n"
                + "You can publish with original image only, regenerate, or discard the draft.";
    }

    private static String shorten(String reason) {
        String text = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
