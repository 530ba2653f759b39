package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.domain.caption.CaptionParser;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.util.List;
import java.util.Map;

/** What the bot says to the owner. */
final class BotTexts {

    static final String HELP = """
            Rangoli Boutique bot 🌸

            Add a product: send a photo (or several as an album) with a caption like:
            %s

            Commands:
            /soldout D-1042 — mark sold out
            /hide D-1042 — take off the catalog
            /unhide D-1042 — show again (also puts a sold-out piece back on sale)
            /edit D-1042 — change title, price, tags… of a product
            /cancel — leave edit mode
            /setrate 84.5 — rupees per US dollar for the ~$ prices
            /setwhatsapp +91 98765 43210 — the number buyers message
            /stats — products by status
            /help — this message""".formatted(CaptionParser.TEMPLATE.strip());

    static final String USAGE_SETRATE = "Usage: /setrate 84.5 — the rupees one US dollar buys.";
    static final String USAGE_SETWHATSAPP = "Usage: /setwhatsapp +91 98765 43210 — the number buyers message, with its country code.";
    static final Map<String, String> USAGE_BY_DRESS = Map.of(
            "/soldout", "Usage: /soldout D-1042 — marks the piece sold out.",
            "/hide", "Usage: /hide D-1042 — takes the piece off the catalog.",
            "/unhide", "Usage: /unhide D-1042 — shows the piece in the catalog again.",
            "/edit", "Usage: /edit D-1042 — then send the lines to change, like Price: 13000.");

    private BotTexts() {
    }

    static String captionTemplate() {
        return "📝 Add a caption to the photo so I can make the draft, for example:\n\n" + CaptionParser.TEMPLATE.strip();
    }

    static String captionProblems(List<String> problems) {
        return "❌ I could not make a draft from that caption:\n• " + String.join("\n• ", problems)
                + "\n\nExample:\n" + CaptionParser.TEMPLATE.strip();
    }

    /** Spec flow A's reply. */
    static String draftCreated(Product product, int photos, boolean queued) {
        return "✅ Draft created: " + product.dressId() + "\n"
                + "Title: " + product.title() + "\n"
                + "Price: " + product.price().display() + "\n"
                + (photos > 1 ? "Photos: " + photos + "\n" : "")
                + (queued ? "AI image is being generated..."
                : "AI image is delayed (the queue is busy) — it will be generated in a few minutes.");
    }

    static String stats(Map<ProductStatus, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return "📊 Products: " + total + "\n"
                + "Published: " + counts.get(ProductStatus.PUBLISHED) + "\n"
                + "Drafts: " + counts.get(ProductStatus.DRAFT) + "\n"
                + "Hidden: " + counts.get(ProductStatus.HIDDEN) + "\n"
                + "Sold out: " + counts.get(ProductStatus.SOLD_OUT);
    }

    static String statusChanged(Product product) {
        return switch (product.status()) {
            case SOLD_OUT -> "🔴 " + product.dressId() + " is marked sold out.";
            case HIDDEN -> "🙈 " + product.dressId() + " is hidden from the catalog.";
            case PUBLISHED -> "👀 " + product.dressId() + " is visible in the catalog again.";
            case DRAFT -> product.dressId() + " is a draft.";
        };
    }

    static String rateChanged(ShopSettings settings) {
        return "💱 USD rate set to ₹" + settings.usdFxRate().toPlainString() + " per $1 — every price on the site uses it now.";
    }

    static String whatsappChanged(ShopSettings settings) {
        return "📱 WhatsApp number set to +" + settings.whatsappNumber() + " — every order button uses it now.";
    }

    static String editMode(Product product) {
        return "✏️ Editing " + product.dressId() + ": " + product.title() + " (" + product.price().display() + ")\n"
                + "Send only the lines to change, for example:\nPrice: 13000\nTitle: Red Banarasi Silk Saree\n"
                + "Variants: Size: Free Size; Color: Red\n\n/cancel to leave without changes. (Edit mode ends in 15 minutes.)";
    }

    static String edited(Product product) {
        return "✅ Saved " + product.dressId() + ":\n"
                + "Title: " + product.title() + "\n"
                + "Price: " + product.price().display() + "\n"
                + "Category: " + String.join(", ", product.categories()) + "\n"
                + "Tags: " + String.join(", ", product.tags());
    }

    /** A refusal of something the owner sent, before anything was stored. */
    static String refused(String reason) {
        return "❌ " + reason + " Nothing was saved.";
    }

    static String photoTooLarge(long bytes) {
        return String.format(java.util.Locale.ROOT, "That photo is %.1f MB — the limit is 10 MB. Send it compressed, or as a smaller file.", bytes / 1024.0 / 1024.0);
    }

    static String somethingWentWrong() {
        return "⚠️ Something went wrong on our side and nothing was changed. Please try again in a minute.";
    }

    static String notUnderstood() {
        return "I did not understand that. Send a photo with a caption to add a product, or /help for the commands.";
    }
}
