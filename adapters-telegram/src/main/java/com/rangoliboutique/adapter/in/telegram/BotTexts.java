package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.application.port.in.CheckChannelUseCase.ChannelCheck;
import com.rangoliboutique.application.port.in.KeepOnSaleUseCase;
import com.rangoliboutique.domain.caption.CaptionParser;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.product.SalePriceRefusedException;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the bot says to the owner. */
final class BotTexts {

    private static final String HELP = """
            %s bot 🌸

            Add a product: send a photo (or several as an album) with a caption like:
            %s

            Find a piece: /list — the newest, 8 a page (/list drafts, published, sold or hidden); /find red silk —
            search every piece. Tap one for its card and buttons.
            Reply to a message about a piece with sold, hide, show, price 11500 or Title: / Tags: lines to change it.

            Commands:
            /soldout D-1042 — mark sold out
            /hide D-1042 — take off the catalog
            /unhide D-1042 — show again (also puts a sold-out piece back on sale)
            /edit D-1042 — change title, price, tags… of a product
            /sale D-1042 9999 — sell below the price (the catalog shows both); /sale D-1042 off ends the sale
            /cancel — leave edit mode
            /setrate 84.5 — rupees per US dollar for the ~$ prices
            /setwhatsapp +91 98765 43210 — the number buyers message
            /setshop Rangoli Boutique — the shop's name on every page and in WhatsApp messages
            /setowner Poonam Jain — the name buyers greet in WhatsApp
            /settagline Sarees & dresses · order on WhatsApp — the line under the shop's name
            /settings — every setting and how to change it
            /stats — products by status, what buyers looked at and asked about, with a chart; what the AI photos cost
            /channel — whether new pieces reach the shop's Telegram channel, and how to fix it
            /help — this message""";

    static final String USAGE_SETRATE = "Usage: /setrate 84.5 — the rupees one US dollar buys.";
    static final String USAGE_SETWHATSAPP = "Usage: /setwhatsapp +91 98765 43210 — the number buyers message, with its country code.";
    static final String USAGE_SETSHOP = "Usage: /setshop Rangoli Boutique — the shop's name (at most "
            + ShopIdentity.MAX_NAME + " characters), shown on every page and in WhatsApp messages.";
    static final String USAGE_SETOWNER = "Usage: /setowner Poonam Jain — the name buyers greet in their WhatsApp"
            + " message (at most " + ShopIdentity.MAX_NAME + " characters).";
    static final String USAGE_SETTAGLINE = "Usage: /settagline Sarees & dresses · order on WhatsApp — the line"
            + " under the shop's name (at most " + ShopIdentity.MAX_TAGLINE + " characters).";
    static final Map<String, String> USAGE_BY_DRESS = Map.of(
            "/soldout", "Usage: /soldout D-1042 — marks the piece sold out.",
            "/hide", "Usage: /hide D-1042 — takes the piece off the catalog.",
            "/unhide", "Usage: /unhide D-1042 — shows the piece in the catalog again.",
            "/edit", "Usage: /edit D-1042 — then send the lines to change, like Price: 13000.",
            "/sale", "Usage: /sale D-1042 9999 — sells the piece at ₹9,999 instead of its price;"
                    + " /sale D-1042 off ends the sale.");

    private BotTexts() {
    }

    /** /channel: whether posting to the shop's channel works, and what to do when it does not. */
    static String channel(ChannelCheck check) {
        String addAdmin = "In Telegram, open the channel → Administrators → Add Admin → pick this bot, and leave"
                + " \"Post messages\", \"Edit messages of others\" and \"Delete messages of others\" on.";
        if (check instanceof ChannelCheck.NotFound f) {
            return "❌ I cannot find the channel " + f.channelId() + ", or I am not in it.\n\nCheck that"
                    + " TELEGRAM_CHANNEL_ID is the channel's @name (or its -100… id), then add me to the channel"
                    + " as an admin. " + addAdmin + "\n\n(Telegram says: " + f.telegramSays() + ")";
        }
        if (check instanceof ChannelCheck.NotAllowed a) {
            return "❌ I am in " + a.title() + " (" + a.channelId() + "), but I cannot post there"
                    + (a.admin() ? ": I am an admin without " + missing(a) + "." : ": I am not an admin.")
                    + "\n\n" + addAdmin + " New pieces are posted once that is done; pieces changed"
                    + " meanwhile are tried again for a while.";
        }
        if (check instanceof ChannelCheck.Unreachable u) {
            return "⚠️ I could not ask Telegram about " + u.channelId() + " just now (" + u.reason() + ")."
                    + " Try /channel again in a minute.";
        }
        if (check instanceof ChannelCheck.Works w) {
            return "✅ Posting to " + w.title() + " (" + w.channelId() + ") works: every piece you publish is"
                    + " posted there with its photo, price and an Order on WhatsApp button; sold out, back on"
                    + " sale, hidden and discarded pieces are updated or removed by themselves.";
        }
        return "📣 No channel is set up, so new pieces are not posted anywhere.\n\nTo post every new piece to"
                + " your Telegram channel: make the bot an admin of the channel, then set"
                + " TELEGRAM_CHANNEL_ID to the channel's @name (for example @rangoli_new) on the server"
                + " and restart it.";
    }

    private static String missing(ChannelCheck.NotAllowed a) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!a.canPost()) {
            missing.add("\"Post messages\"");
        }
        if (!a.canEdit()) {
            missing.add("\"Edit messages of others\"");
        }
        if (!a.canDelete()) {
            missing.add("\"Delete messages of others\"");
        }
        return String.join(" and ", missing);
    }

    /** /help, headed by the shop's name. */
    static String help(ShopSettings settings) {
        return HELP.formatted(settings.identity().shopName(), CaptionParser.TEMPLATE.strip());
    }

    /** /settings: each value, and the command that changes it. */
    static String settings(ShopSettings settings) {
        ShopIdentity shop = settings.identity();
        return "⚙️ Settings\n"
                + "USD rate: ₹" + settings.usdFxRate().toPlainString() + " per $1 — change: /setrate 84.5\n"
                + "WhatsApp number: +" + settings.whatsappNumber() + " — change: /setwhatsapp +91 98765 43210\n"
                + "Shop name: " + shop.shopName() + " — change: /setshop New Name\n"
                + "Owner name (buyers greet): " + shop.ownerName() + " — change: /setowner Your Name\n"
                + "Tagline: " + shop.tagline() + " — change: /settagline Your line";
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
                : "AI image is delayed (the job queue is not reachable just now) — it will be generated by itself"
                + " once it is back; no need to send the photo again.");
    }

    /** Said once per outage; Telegram delivers the owner's message again until it can be saved. */
    static String databaseAway() {
        return "⏳ The shop's database is not answering just now, so nothing was saved yet. Your messages are kept by"
                + " Telegram and handled by themselves once it is back — no need to send them again.";
    }

    static String kept(KeepOnSaleUseCase.Kept kept) {
        return "👍 Keeping " + kept.dressId() + " on sale — no reminder about it until "
                + kept.silentUntil().format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + ".";
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

    static String shopNameChanged(ShopSettings settings) {
        return "🏷️ Shop name set to " + settings.identity().shopName()
                + " — every page and every WhatsApp message uses it now.";
    }

    static String ownerNameChanged(ShopSettings settings) {
        return "👋 Buyers now greet " + settings.identity().ownerName() + " in their WhatsApp message.";
    }

    static String taglineChanged(ShopSettings settings) {
        return "✨ Tagline set to " + settings.identity().tagline() + " — shown under the shop's name on every page.";
    }

    static String saleChanged(Product product) {
        String where = switch (product.status()) {
            case HIDDEN -> " — it is hidden: buyers see it once you /unhide it.";
            case SOLD_OUT -> " — its page shows it while it is sold out.";
            case PUBLISHED, DRAFT -> " — the catalog shows it now.";
        };
        return product.salePrice()
                .map(sale -> "🏷️ " + product.dressId() + " is on sale: " + sale.display() + " instead of "
                        + product.price().display() + where)
                .orElseGet(() -> "✅ The sale of " + product.dressId() + " has ended: back to "
                        + product.price().display() + where);
    }

    /** A sale price, or a price edit, the rules refused; nothing was changed. */
    static String saleRefused(SalePriceRefusedException refused) {
        String id = refused.dressId().value();
        String price = refused.price().display();
        return switch (refused.reason()) {
            case DRAFT -> "❌ " + id + " is still a draft — a sale price is for pieces in the catalog. Approve it"
                    + " first, then send /sale again.";
            case NOT_BELOW_PRICE -> "❌ A sale price must be below the price: " + id + " is " + price + ", so "
                    + refused.salePrice().display() + " would not be a sale. Nothing was changed.";
            case PRICE_NOT_ABOVE_SALE -> "❌ " + id + " is on sale at " + refused.salePrice().display()
                    + ", so its price must stay above that — " + price + " was not saved. Send a higher price,"
                    + " or end the sale first with /sale " + id + " off.";
            case NOT_ON_SALE -> "ℹ️ " + id + " is not on sale — nothing to end; it sells at " + price + ".";
        };
    }

    static String editMode(Product product) {
        return "✏️ Editing " + product.dressId() + ": " + product.title() + " (" + product.price().display()
                + product.salePrice().map(sale -> ", on sale at " + sale.display()).orElse("") + ")\n"
                + "Send only the lines to change, for example:\nPrice: 13000\nTitle: Red Banarasi Silk Saree\n"
                + "Variants: Size: Free Size; Color: Red\n\n/cancel to leave without changes. (Edit mode ends in 15 minutes.)";
    }

    static String edited(Product product) {
        return "✅ Saved " + product.dressId() + ":\n"
                + "Title: " + product.title() + "\n"
                + "Price: " + product.price().display() + "\n"
                + product.salePrice().map(sale -> "Sale price: " + sale.display() + "\n").orElse("")
                + "Category: " + String.join(", ", product.categories()) + "\n"
                + "Tags: " + String.join(", ", product.tags());
    }

    /** A refusal of something the owner sent, before anything was stored. */
    static String refused(String reason) {
        return "❌ " + reason + " Nothing was saved.";
    }

    static String somethingWentWrong() {
        return "⚠️ Something went wrong on our side and nothing was changed. Please try again in a minute.";
    }

    static String notUnderstood() {
        return "I did not understand that. Send a photo with a caption to add a product, or /help for the commands.";
    }
}
