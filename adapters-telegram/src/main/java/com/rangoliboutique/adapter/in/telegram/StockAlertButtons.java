package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import com.rangoliboutique.adapter.out.telegram.StockAlertAction;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.KeepOnSaleUseCase;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

/**
 * Hide, Sold out and Keep under a stock alert of the morning digest. The change is made (a refusal becomes the
 * button's notice), the press answered, then the alert rewritten to say what happened, without its buttons.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class StockAlertButtons {

    private final ChangeProductStatusUseCase status;
    private final KeepOnSaleUseCase keep;
    private final OwnerReplies replies;

    StockAlertButtons(ChangeProductStatusUseCase status, KeepOnSaleUseCase keep, OwnerReplies replies) {
        this.status = status;
        this.keep = keep;
        this.replies = replies;
    }

    static boolean isStockAlertButton(String data) {
        return StockAlertAction.of(data).isPresent();
    }

    void onPress(long adminId, CallbackQuery press) {
        StockAlertAction action = StockAlertAction.of(press.data()).orElseThrow();
        DressId dressId;
        try {
            dressId = DressId.parse(press.data().substring(press.data().indexOf(':') + 1));
        } catch (DomainException malformed) {
            replies.answerButton(press.id(), "That button is out of date.");
            return;
        }
        MDC.put("dress_id", dressId.value());
        String outcome;
        try {
            outcome = switch (action) {
                case HIDE -> BotTexts.statusChanged(change(adminId, dressId, ProductAction.HIDE));
                case SOLD_OUT -> BotTexts.statusChanged(change(adminId, dressId, ProductAction.MARK_SOLD_OUT));
                case KEEP -> BotTexts.kept(keep.keep(adminId, dressId));
            };
        } catch (DomainException refused) {
            replies.answerButton(press.id(), refused.getMessage());
            return;
        }
        replies.answerButton(press.id(), null);
        MaybeInaccessibleMessage alert = press.maybeInaccessibleMessage();
        if (alert != null && alert.chat() != null && alert.messageId() != null) {
            replies.editText(alert.chat().id(), alert.messageId(), outcome);
        } else {
            replies.say(press.from().id(), outcome);
        }
    }

    private Product change(long adminId, DressId dressId, ProductAction action) {
        return status.change(new ChangeProductStatusCommand(adminId, dressId, action));
    }
}
