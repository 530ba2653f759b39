package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;

/** The owner's buttons under a preview card; the callback data is {@code <prefix>:<productId>}. */
public enum CallbackAction {
    APPROVE("approve", "✅ Approve"),
    REGENERATE("regen", "🔄 Regenerate"),
    STYLE("style", "🎨 Style"),
    PUBLISH_ORIGINAL("pub_orig", "📷 Publish original"),
    EDIT("edit_meta", "✏️ Edit"),
    DISCARD("discard", "🗑 Discard");

    private final String prefix;
    private final String label;

    CallbackAction(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }

    /** The callback data Telegram sends back when this button is pressed, e.g. {@code approve:17}. */
    public String callbackData(long productId) {
        return prefix + ":" + productId;
    }

    public InlineKeyboardButton button(long productId) {
        return new InlineKeyboardButton(label).callbackData(callbackData(productId));
    }

}
