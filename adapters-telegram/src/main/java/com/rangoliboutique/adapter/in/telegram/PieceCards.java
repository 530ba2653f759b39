package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.CheckDraftActionUseCase;
import com.rangoliboutique.application.port.in.RequestShareCardsUseCase;
import com.rangoliboutique.application.port.in.ShowPieceUseCase;
import com.rangoliboutique.application.port.in.ShowPieceUseCase.PieceCard;
import com.rangoliboutique.domain.product.Product;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.Optional;

/**
 * The buttons of piece lists and piece cards. Tapping a piece sends its card (main photo, caption, the buttons its
 * status allows); a card's status button is answered at once, acts through the same use case as the command
 * ({@code /soldout}, {@code /hide}, {@code /unhide}), then the card is rewritten to the piece's new state.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class PieceCards {

    private final ShowPieceUseCase show;
    private final CheckDraftActionUseCase checks;
    private final ChangeProductStatusUseCase status;
    private final PieceLists lists;
    private final OwnerReplies replies;
    private final RequestShareCardsUseCase shareCards;

    PieceCards(ShowPieceUseCase show, CheckDraftActionUseCase checks, ChangeProductStatusUseCase status,
               PieceLists lists, OwnerReplies replies, RequestShareCardsUseCase shareCards) {
        this.shareCards = shareCards;
        this.show = show;
        this.checks = checks;
        this.status = status;
        this.lists = lists;
        this.replies = replies;
    }

    void onPress(long adminId, CallbackQuery press) {
        Optional<PiecePress> pressed = PiecePress.parse(press.data());
        MaybeInaccessibleMessage message = press.maybeInaccessibleMessage();
        Long chatId = message == null || message.chat() == null ? null : message.chat().id();
        if (pressed.isEmpty() || chatId == null) {
            replies.answerButton(press.id(), "That button is out of date.");
            return;
        }
        if (pressed.get() instanceof PiecePress.OpenCard open) {
            Optional<PieceCard> card = show.card(open.productId());
            replies.answerButton(press.id(), card.isPresent() ? null : gone(open.productId()));
            card.ifPresent(c -> send(chatId, c));
        } else if (pressed.get() instanceof PiecePress.SalePrompt sale) {
            Optional<PieceCard> card = show.card(sale.productId());
            replies.answerButton(press.id(), card.isPresent() ? null : gone(sale.productId()));
            card.ifPresent(c -> replies.sayAbout(chatId, PieceTexts.salePrompt(c.product()), c.product().id()));
        } else if (pressed.get() instanceof PiecePress.ShareCards cards) {
            replies.answerButton(press.id(), switch (shareCards.request(chatId, cards.productId())) {
                case QUEUED -> PieceTexts.SHARE_CARDS_COMING;
                case NOT_ON_SALE -> PieceTexts.SHARE_CARDS_NOT_ON_SALE;
                case GONE -> gone(cards.productId());
            });
        } else if (pressed.get() instanceof PiecePress.CardAction action) {
            act(adminId, press.id(), chatId, message, action);
        } else {
            replies.answerButton(press.id(), null);
            lists.onPage(chatId, message.messageId(), pressed.get());
        }
    }

    private void act(long adminId, String pressId, long chatId, MaybeInaccessibleMessage card,
                     PiecePress.CardAction pressed) {
        CheckDraftActionUseCase.Check check = checks.check(pressed.productId(), pressed.action());
        if (check instanceof CheckDraftActionUseCase.Check.Gone) {
            replies.answerButton(pressId, gone(pressed.productId()));
            return;
        }
        if (check instanceof CheckDraftActionUseCase.Check.Refused refused) {
            // an out-of-date card (changed by a command meanwhile): say why, and show where the piece stands now
            MDC.put("dress_id", refused.product().dressId().value());
            replies.answerButton(pressId, refused.reason());
            redraw(chatId, card, refused.product().id());
            return;
        }
        Product product = ((CheckDraftActionUseCase.Check.Allowed) check).product();
        MDC.put("dress_id", product.dressId().value());
        replies.answerButton(pressId, null);
        status.change(new ChangeProductStatusCommand(adminId, product.dressId(), pressed.action()));
        redraw(chatId, card, product.id());
    }

    /** Sends the card of the piece: its main photo with the caption, or the caption alone when it has no photo. */
    void send(long chatId, PieceCard card) {
        Product product = card.product();
        Optional<byte[]> photo = show.mainPhoto(product.id());
        String caption = PieceTexts.cardCaption(product);
        if (photo.isPresent()) {
            replies.sendPhotoAbout(chatId, photo.get(), caption, PieceKeyboards.card(product, card.pageUrl()),
                    product.id());
        } else {
            replies.remember(chatId, replies.say(chatId, caption, PieceKeyboards.card(product, card.pageUrl())),
                    product.id());
        }
    }

    /** Rewrites the card in place to show the piece as it is now. */
    private void redraw(long chatId, MaybeInaccessibleMessage card, long productId) {
        Optional<PieceCard> now = show.card(productId);
        if (now.isEmpty()) {
            return;
        }
        String caption = PieceTexts.cardCaption(now.get().product());
        var keyboard = PieceKeyboards.card(now.get().product(), now.get().pageUrl());
        if (card instanceof Message shown && shown.text() != null) {
            replies.editText(chatId, card.messageId(), caption, keyboard);
        } else {
            replies.editCard(chatId, card.messageId(), caption, keyboard);
        }
    }

    private String gone(long productId) {
        return checks.check(productId, null) instanceof CheckDraftActionUseCase.Check.Gone gone && !gone.everExisted()
                ? PieceTexts.PIECE_NEVER : PieceTexts.PIECE_GONE;
    }
}
