package com.rangoliboutique.domain.settings;

import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.Texts;
import com.rangoliboutique.domain.caption.OwnerText;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose shop this is: its name (page headers, titles, link previews, the WhatsApp message), the name buyers greet in
 * their WhatsApp message, and the line shown under the name. Each is one line of text without control characters.
 *
 * @param shopName  e.g. "Rangoli Boutique", at most {@value #MAX_NAME} characters
 * @param ownerName e.g. "Poonam Jain", at most {@value #MAX_NAME} characters
 * @param tagline   e.g. "Sarees &amp; dresses · order on WhatsApp", at most {@value #MAX_TAGLINE} characters
 */
public record ShopIdentity(String shopName, String ownerName, String tagline) {

    public static final int MAX_NAME = 60;
    public static final int MAX_TAGLINE = 120;
    /** Any line break, as the caption reads them (LF, CR, VT, FF, NEL, U+2028, U+2029). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** The shop of the spec, used until the owner or the environment names another. */
    public static final ShopIdentity DEFAULTS = new ShopIdentity("Rangoli Boutique", "Poonam Jain",
            "Sarees & dresses · order on WhatsApp");

    public ShopIdentity {
        shopName = checkShopName(shopName);
        ownerName = checkOwnerName(ownerName);
        tagline = checkTagline(tagline);
    }

    public ShopIdentity withShopName(String name) {
        return new ShopIdentity(name, ownerName, tagline);
    }

    public ShopIdentity withOwnerName(String name) {
        return new ShopIdentity(shopName, name, tagline);
    }

    public ShopIdentity withTagline(String line) {
        return new ShopIdentity(shopName, ownerName, line);
    }

    /** The shop's name as the owner typed it, without the spaces around it; refused when it cannot be shown. */
    public static String checkShopName(String input) {
        return check(input, "The shop's name", MAX_NAME, "/setshop Rangoli Boutique");
    }

    /** The name buyers greet ("Hi Poonam Jain, …"); refused when it cannot be shown. */
    public static String checkOwnerName(String input) {
        return check(input, "The name buyers greet", MAX_NAME, "/setowner Poonam Jain");
    }

    /** The line under the shop's name; refused when it cannot be shown. */
    public static String checkTagline(String input) {
        return check(input, "The tagline", MAX_TAGLINE, "/settagline Sarees & dresses · order on WhatsApp");
    }

    private static String check(String input, String what, int limit, String example) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException(what + " is missing — write it like " + example + ".");
        }
        String text = input.strip();
        Optional<String> unwanted = OwnerText.unwantedIn(text);
        if (unwanted.isPresent()) {
            throw new InvalidValueException(what + " holds " + unwanted.get() + " — type it again, like "
                    + example + ".");
        }
        if (LINE_BREAK.matcher(text).find()) {
            throw new InvalidValueException(what + " must be one line — send it without line breaks, like "
                    + example + ".");
        }
        int length = Texts.length(text);
        if (length > limit) {
            throw new InvalidValueException(what + " can have at most " + limit + " characters; "
                    + Texts.quote(text) + " has " + length + ".");
        }
        return text;
    }
}
