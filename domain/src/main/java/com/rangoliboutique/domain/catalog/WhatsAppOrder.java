package com.rangoliboutique.domain.catalog;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.settings.ShopIdentity;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The pre-filled WhatsApp message a buyer sends to order a dress (spec §7), and its {@code wa.me} link.
 *
 * @param phone       the shop's WhatsApp number, digits with country code
 * @param shop        whose shop: the buyer greets its owner and names it
 * @param dressId     the dress
 * @param variantText what the buyer picked, or {@link VariantSelection#NOT_SELECTED}
 * @param pageUrl     the full canonical URL of the product page
 * @param soldOut     the dress is sold out: the buyer asks about a similar piece instead
 */
public record WhatsAppOrder(String phone, ShopIdentity shop, DressId dressId, String variantText, String pageUrl, boolean soldOut) {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    public WhatsAppOrder {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(dressId, "dressId");
        Objects.requireNonNull(pageUrl, "pageUrl");
        if (!phone.matches("\\d{8,15}")) {
            throw new IllegalArgumentException("phone must be digits with country code, was " + phone);
        }
        variantText = variantText == null || variantText.isBlank() ? VariantSelection.NOT_SELECTED : variantText;
    }

    /** The message up to the variant text: the part a page script keeps while the buyer changes the variant. */
    public String messageBeforeVariant() {
        String opening = soldOut
                ? "Hi " + shop.ownerName() + ", Dress " + dressId + " from " + shop.shopName()
                + " is sold out. Do you have a similar piece?"
                : "Hi " + shop.ownerName() + ", I want Dress " + dressId + " from "
                + endingWithFullStop(shop.shopName());
        return opening + "\nVariant: ";
    }

    /** "Lakshmi & Co." ends the sentence itself: no second full stop. */
    private static String endingWithFullStop(String name) {
        return name.endsWith(".") ? name : name + ".";
    }

    /** The message after the variant text. */
    public String messageAfterVariant() {
        return "\nShip to: [your city, country]\nLink: " + pageUrl;
    }

    public String message() {
        return messageBeforeVariant() + variantText + messageAfterVariant();
    }

    /** {@code https://wa.me/{phone}?text=}, to which the encoded message is appended. */
    public String linkPrefix() {
        return "https://wa.me/" + phone + "?text=";
    }

    /** {@code https://wa.me/{phone}?text={message}}, encoded exactly as the spec's example. */
    public String link() {
        return linkPrefix() + encode(message());
    }

    /**
     * Percent-encodes every character outside {@code A-Z a-z 0-9 - _ . ~} as UTF-8 bytes ({@code /} too, as in the
     * spec's example): a space is {@code %20}, a newline {@code %0A}.
     */
    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
