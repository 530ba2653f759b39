package com.rangoliboutique.adapter.out.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.rangoliboutique.domain.image.AiStyle;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two buttons with more than a product id in their data: a look of the Style picker ({@code look:17:BACK_VIEW})
 * and a version's gallery toggle ({@code gal:17:3}). Both stay far below Telegram's 64 bytes.
 */
public final class StyleButtons {

    static final String LOOK = "look:";
    static final String GALLERY = "gal:";

    private StyleButtons() {
    }

    public static boolean isStyleButton(String data) {
        return data != null && (data.startsWith(LOOK) || data.startsWith(GALLERY));
    }

    /** The Style picker: one look a row. */
    public static InlineKeyboardMarkup picker(long productId) {
        return new InlineKeyboardMarkup(Arrays.stream(AiStyle.values())
                .map(style -> new InlineKeyboardButton[] {new InlineKeyboardButton(StyleLabels.button(style))
                        .callbackData(LOOK + productId + ":" + style.name())})
                .toArray(InlineKeyboardButton[][]::new));
    }

    /** "➕ Add to gallery", or "✓ In gallery" once added (pressing it again takes the version out). */
    static InlineKeyboardButton galleryButton(long productId, int aiVersion, boolean inGallery) {
        return new InlineKeyboardButton(inGallery ? "✓ In gallery" : "➕ Add to gallery")
                .callbackData(GALLERY + productId + ":" + aiVersion);
    }

    /** A pressed look or gallery toggle. */
    public sealed interface Press {

        long productId();

        record Look(long productId, AiStyle style) implements Press {
        }

        record Gallery(long productId, int aiVersion) implements Press {
        }

        static Optional<Press> parse(String data) {
            if (!isStyleButton(data)) {
                return Optional.empty();
            }
            String[] parts = data.split(":", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                long productId = Long.parseLong(parts[1]);
                if (data.startsWith(LOOK)) {
                    return AiStyle.find(parts[2]).map(style -> new Look(productId, style));
                }
                return Optional.of(new Gallery(productId, Integer.parseInt(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
