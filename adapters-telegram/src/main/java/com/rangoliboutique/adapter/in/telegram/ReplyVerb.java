package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.domain.caption.CaptionParser;
import com.rangoliboutique.domain.caption.EditResult;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductPatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the owner's reply to a message about a piece asks for: {@code sold}, {@code hide}, {@code show},
 * {@code price 11500}, {@code sale 9999}, {@code sale off}, or caption lines ({@code Title: …}, {@code Tags: …}) read as {@code /edit} reads them.
 */
sealed interface ReplyVerb {

    record ChangeStatus(ProductAction action) implements ReplyVerb {
    }

    record Edit(ProductPatch patch) implements ReplyVerb {
    }

    /** {@code sale 9999}: {@code asked} is the price as typed, or "off" to end the sale. */
    record Sale(String asked) implements ReplyVerb {

        public boolean ends() {
            return asked.equalsIgnoreCase("off");
        }
    }

    /** Caption lines with mistakes; each problem is one line for the owner. */
    record BadLines(List<String> problems) implements ReplyVerb {
    }

    /** Nothing the bot knows. */
    record Unknown() implements ReplyVerb {
    }

    Map<String, ProductAction> STATUS_WORDS = Map.of(
            "sold", ProductAction.MARK_SOLD_OUT, "sold out", ProductAction.MARK_SOLD_OUT,
            "soldout", ProductAction.MARK_SOLD_OUT, "sold-out", ProductAction.MARK_SOLD_OUT,
            "hide", ProductAction.HIDE,
            "show", ProductAction.UNHIDE, "unhide", ProductAction.UNHIDE, "back on sale", ProductAction.UNHIDE);

    Pattern PRICE = Pattern.compile("(?i)\\s*price\\b\\s*:?\\s*(\\S.*?)\\s*");
    Pattern SALE = Pattern.compile("(?i)\\s*sale\\b\\s*:?\\s*(\\S.*?)\\s*");

    static ReplyVerb parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").replaceAll("\\s+", " ");
        ProductAction action = STATUS_WORDS.get(word);
        if (action != null) {
            return new ChangeStatus(action);
        }
        Matcher sale = SALE.matcher(text);
        if (sale.matches() && !text.strip().contains("\n")) {
            return new Sale(sale.group(1));
        }
        Matcher price = PRICE.matcher(text);
        if (price.matches() && !text.strip().contains("\n")) {
            return edit("Price: " + price.group(1));
        }
        return text.contains(":") ? edit(text) : new Unknown();
    }

    private static ReplyVerb edit(String lines) {
        EditResult parsed = CaptionParser.parseEdit(lines);
        return parsed instanceof EditResult.Parsed ok ? new Edit(ok.patch())
                : new BadLines(((EditResult.Rejected) parsed).problems());
    }
}
