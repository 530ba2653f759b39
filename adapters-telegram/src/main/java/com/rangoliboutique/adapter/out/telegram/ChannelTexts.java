package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.rangoliboutique.application.port.out.ShopChannel.ChannelPiece;

/** What buyers read on a piece's post in the shop's channel: the caption and its two link buttons. */
final class ChannelTexts {

    static final String ORDER = "💬 Order on WhatsApp";
    static final String ASK_SIMILAR = "💬 Ask about a similar piece";
    static final String SEE_PAGE = "🔗 See it in the shop";
    static final String NO_LONGER_AVAILABLE = "This piece is no longer in the shop.";

    private ChannelTexts() {
    }

    /**
     * {@code Red Banarasi Silk Saree\n₹12,500\nDress ID: D-1042}; on sale {@code ₹9,999 (was ₹12,500)}; sold out,
     * headed by {@code SOLD OUT}.
     */
    static String caption(ChannelPiece piece) {
        String price = piece.salePrice()
                .map(sale -> "🏷️ " + sale.display() + " (was " + piece.price().display() + ")")
                .orElse(piece.price().display());
        return (piece.soldOut() ? "SOLD OUT\n" : "") + piece.title() + "\n" + price + "\nDress ID: " + piece.dressId();
    }

    static InlineKeyboardMarkup buttons(ChannelPiece piece) {
        return new InlineKeyboardMarkup(
                new InlineKeyboardButton[] {new InlineKeyboardButton(piece.soldOut() ? ASK_SIMILAR : ORDER)
                        .url(piece.orderLink())},
                new InlineKeyboardButton[] {new InlineKeyboardButton(SEE_PAGE).url(piece.pageUrl())});
    }
}
