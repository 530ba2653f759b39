package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.rangoliboutique.domain.product.DressId;

import java.util.Arrays;
import java.util.Optional;

/** The buttons under a stock alert of the morning digest; the callback data is {@code <prefix>:<dress id>}. */
public enum StockAlertAction {
    HIDE("st_hide", "🙈 Hide"),
    SOLD_OUT("st_sold", "🔴 Sold out"),
    KEEP("st_keep", "👍 Keep");

    private final String prefix;
    private final String label;

    StockAlertAction(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String prefix() {
        return prefix;
    }

    /** e.g. {@code st_keep:D-1042} */
    public String callbackData(DressId dressId) {
        return prefix + ":" + dressId.value();
    }

    /** The action whose prefix {@code data} carries, if any (the dress id after it is not checked here). */
    public static Optional<StockAlertAction> of(String data) {
        if (data == null || data.indexOf(':') < 0) {
            return Optional.empty();
        }
        String prefix = data.substring(0, data.indexOf(':'));
        return Arrays.stream(values()).filter(a -> a.prefix.equals(prefix)).findFirst();
    }

    /** Hide, Sold out, Keep in one row. */
    public static InlineKeyboardMarkup keyboard(DressId dressId) {
        return new InlineKeyboardMarkup(Arrays.stream(values())
                .map(a -> new InlineKeyboardButton(a.label).callbackData(a.callbackData(dressId)))
                .toArray(InlineKeyboardButton[]::new));
    }
}
