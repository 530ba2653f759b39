package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.rangoliboutique.adapter.out.telegram.AdminNotifierTelegramAdapter;
import com.rangoliboutique.adapter.out.telegram.CallbackAction;
import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** The buttons of a piece list (one per piece, then ◀ ▶) and of a piece card (what the piece's status allows). */
final class PieceKeyboards {

    /** The status buttons a card may carry, in their order; the status table decides which a piece gets. */
    private static final List<ProductAction> STATUS_BUTTONS =
            List.of(ProductAction.MARK_SOLD_OUT, ProductAction.UNHIDE, ProductAction.HIDE);

    private PieceKeyboards() {
    }

    /**
     * @param pageButton the press of another page of the same list or search
     * @return null when the page has nothing to tap
     */
    static InlineKeyboardMarkup list(PiecePage page, IntFunction<PiecePress> pageButton) {
        List<InlineKeyboardButton[]> rows = new ArrayList<>();
        for (PiecePage.Piece piece : page.pieces()) {
            rows.add(new InlineKeyboardButton[] {new InlineKeyboardButton(PieceTexts.buttonLabel(piece))
                    .callbackData(new PiecePress.OpenCard(piece.productId()).data())});
        }
        List<InlineKeyboardButton> paging = new ArrayList<>();
        if (page.hasPrevious()) {
            paging.add(new InlineKeyboardButton("◀ Page " + (page.page() - 1))
                    .callbackData(pageButton.apply(page.page() - 1).data()));
        }
        if (page.hasNext()) {
            paging.add(new InlineKeyboardButton("Page " + (page.page() + 1) + " ▶")
                    .callbackData(pageButton.apply(page.page() + 1).data()));
        }
        if (!paging.isEmpty()) {
            rows.add(paging.toArray(InlineKeyboardButton[]::new));
        }
        return rows.isEmpty() ? null : new InlineKeyboardMarkup(rows.toArray(InlineKeyboardButton[][]::new));
    }

    /**
     * A draft gets the preview card's five review buttons; any other piece the status moves its status allows
     * (published: Sold out · Hide, sold out: Back on sale · Hide, hidden: Show · Discard), and a published one
     * Edit, Sale price and, when the shop's address is known, Open page, then Share card.
     */
    static InlineKeyboardMarkup card(Product product, Optional<String> pageUrl) {
        long id = product.id();
        ProductStatus status = product.status();
        if (status == ProductStatus.DRAFT) {
            return AdminNotifierTelegramAdapter.previewKeyboard(id);
        }
        List<InlineKeyboardButton[]> rows = new ArrayList<>();
        rows.add(STATUS_BUTTONS.stream().filter(status::allows)
                .map(action -> new InlineKeyboardButton(PieceTexts.buttonLabel(action, status))
                        .callbackData(new PiecePress.CardAction(action, id).data()))
                .toArray(InlineKeyboardButton[]::new));
        if (status.allows(ProductAction.DISCARD)) { // hidden: off the catalog already, it may go for good
            rows.set(0, append(rows.get(0), CallbackAction.DISCARD.button(id)));
        }
        if (status == ProductStatus.PUBLISHED) {
            List<InlineKeyboardButton> more = new ArrayList<>(List.of(CallbackAction.EDIT.button(id),
                    new InlineKeyboardButton(PieceTexts.SALE_PRICE).callbackData(new PiecePress.SalePrompt(id).data())));
            pageUrl.ifPresent(url -> more.add(new InlineKeyboardButton(PieceTexts.OPEN_PAGE).url(url)));
            rows.add(more.toArray(InlineKeyboardButton[]::new));
            rows.add(new InlineKeyboardButton[] {shareCard(id)});
        }
        return new InlineKeyboardMarkup(rows.toArray(InlineKeyboardButton[][]::new));
    }

    /** The Share card button of a piece card and of the message saying a piece was published. */
    static InlineKeyboardButton shareCard(long productId) {
        return new InlineKeyboardButton(PieceTexts.SHARE_CARD).callbackData(new PiecePress.ShareCards(productId).data());
    }

    /** Under "✅ PUBLISHED": the piece's Share card button. */
    static InlineKeyboardMarkup published(long productId) {
        return new InlineKeyboardMarkup(new InlineKeyboardButton[] {shareCard(productId)});
    }

    private static InlineKeyboardButton[] append(InlineKeyboardButton[] row, InlineKeyboardButton button) {
        InlineKeyboardButton[] longer = Arrays.copyOf(row, row.length + 1);
        longer[row.length] = button;
        return longer;
    }
}
