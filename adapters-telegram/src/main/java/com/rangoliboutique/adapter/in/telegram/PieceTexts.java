package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

/** What the bot says in piece lists ({@code /list}, {@code /find}), on piece cards and to replies about a piece. */
final class PieceTexts {

    /** The longest title a list button shows; longer ones are cut at a word and end in "…". */
    static final int MAX_BUTTON_TITLE = 28;

    static final String USAGE_FIND = "Usage: /find red silk — looks for the words in the titles, tags and descriptions"
            + " of every piece, drafts and hidden ones too.";
    static final String EMPTY_SHOP = "The shop has no pieces yet — send a photo with a caption to add the first one.";
    static final String PIECE_GONE = "That piece is no longer in the shop — it was discarded.";
    static final String PIECE_NEVER = "That button is not from this shop — no piece ever had that number.";

    private PieceTexts() {
    }

    /** {@code D-1042 · Red Banarasi Silk Saree · ₹12,500 · sold out} (nothing said for a published piece). */
    static String buttonLabel(PiecePage.Piece piece) {
        String status = switch (piece.status()) {
            case PUBLISHED -> "";
            case DRAFT -> " · draft";
            case HIDDEN -> " · hidden";
            case SOLD_OUT -> " · sold out";
        };
        String price = piece.salePrice() == null ? piece.price().display() : piece.salePrice().display() + " sale";
        return piece.dressId() + " · " + shorten(piece.title(), MAX_BUTTON_TITLE) + " · " + price + status;
    }

    /** {@code text} if it has at most {@code max} characters, else cut after a whole word (or at max) with "…". */
    static String shorten(String text, int max) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        String cut = t.substring(0, t.offsetByCodePoints(0, max - 1));
        int space = cut.lastIndexOf(' ');
        if (space >= max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "…";
    }

    static String listPage(PieceFilter filter, PiecePage page) {
        String what = switch (filter) {
            case ALL -> "📋 The newest pieces";
            case DRAFTS -> "📋 Drafts";
            case PUBLISHED -> "📋 Published pieces";
            case SOLD -> "📋 Sold-out pieces";
            case HIDDEN -> "📋 Hidden pieces";
        };
        return what + " — " + count(page) + ". Tap a piece to see its card.";
    }

    static String noneInFilter(PieceFilter filter) {
        String what = switch (filter) {
            case ALL -> "pieces";
            case DRAFTS -> "drafts";
            case PUBLISHED -> "published pieces";
            case SOLD -> "sold-out pieces";
            case HIDDEN -> "hidden pieces";
        };
        return "No " + what + " just now. /list shows every piece.";
    }

    static String unknownFilter(String argument) {
        return "❌ I can't list \"" + shorten(argument, 30) + "\". Send /list for every piece, or /list drafts,"
                + " /list published, /list sold or /list hidden.";
    }

    static String found(String words, PiecePage page) {
        return "🔎 \"" + words + "\" — " + (page.total() == 1 ? "1 piece" : page.total() + " pieces") + " found"
                + (page.pageCount() > 1 ? ", page " + page.page() + " of " + page.pageCount() : "")
                + ". Tap a piece to see its card.";
    }

    static String nothingFound(String words) {
        return "Nothing matches \"" + words + "\" in the titles, tags or descriptions. /list shows the newest pieces.";
    }

    static String searchTooLong() {
        return "❌ That search is too long — use a few words (at most " + PiecePress.MAX_FIND_BYTES + " letters).";
    }

    private static String count(PiecePage page) {
        String all = page.total() == 1 ? "1 piece" : page.total() + " pieces";
        return page.pageCount() > 1 ? "page " + page.page() + " of " + page.pageCount() + ", " + all + " in all"
                : all;
    }

    /** The caption of a piece card: what it is, its price, where it stands, and how to act on it by replying. */
    static String cardCaption(Product product) {
        return "📦 " + product.dressId() + ": " + product.title() + "\n"
                + "💰 " + product.salePrice().map(sale -> sale.display() + " on sale (was " + product.price().display()
                        + ")").orElse(product.price().display()) + "\n"
                + status(product.status()) + "\n\n"
                + "↩️ Reply to this message with sold, hide, show, price 11500, sale 9999, sale off or Title: / Tags:"
                + " lines.";
    }

    static String status(ProductStatus status) {
        return switch (status) {
            case DRAFT -> "📝 Draft — not in the catalog yet";
            case PUBLISHED -> "🟢 Published — in the catalog";
            case SOLD_OUT -> "🔴 Sold out — in the catalog, marked sold out";
            case HIDDEN -> "🙈 Hidden — not in the catalog";
        };
    }

    static String buttonLabel(com.rangoliboutique.domain.product.ProductAction action, ProductStatus status) {
        return switch (action) {
            case MARK_SOLD_OUT -> "🔴 Sold out";
            case HIDE -> "🙈 Hide";
            case UNHIDE -> status == ProductStatus.SOLD_OUT ? "🟢 Back on sale" : "👀 Show";
            default -> throw new IllegalArgumentException(action + " has no button on a piece card");
        };
    }

    static final String OPEN_PAGE = "🌐 Open page";
    static final String SALE_PRICE = "🏷️ Sale price";
    static final String SHARE_CARD = "📤 Share card";
    static final String SHARE_CARDS_COMING = "Your share cards are being drawn — they arrive in a few seconds.";
    static final String SHARE_CARDS_NOT_ON_SALE = "Share cards are for pieces in the catalog — this one is not on sale"
            + " now.";

    /** The Sale price button's question, sent as a message about the piece so that the answer is a reply to it. */
    static String salePrompt(Product product) {
        return "🏷️ " + product.dressId() + " sells at " + product.price().display()
                + product.salePrice().map(sale -> ", on sale now at " + sale.display()).orElse("") + ".\n"
                + "Reply to this message with sale 9999 to sell it for ₹9,999 instead, or sale off to end a sale.";
    }

    /** A reply to a message about a piece that the bot did not understand. */
    static String replyHelp(DressId dressId) {
        return "To change " + dressId + ", reply with sold, hide, show, price 11500, sale 9999, sale off — or with"
                + " lines like"
                + " Title: Red Banarasi Silk Saree and Tags: silk, wedding.";
    }

    static String replyLinesRejected(java.util.List<String> problems) {
        return "❌ Nothing was changed:\n• " + String.join("\n• ", problems) + "\n\nReply again with the lines to change.";
    }
}
