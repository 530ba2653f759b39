package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.model.Message;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.EditProductUseCase;
import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.in.SetSalePriceUseCase;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.SalePriceRefusedException;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.Optional;

/**
 * A reply to one of the bot's messages about a piece (the draft reply, the preview card, a piece card, a status
 * answer) acts on that piece: {@code sold}, {@code hide}, {@code show}, {@code price 11500}, {@code sale 9999},
 * {@code sale off} or caption lines, through the same use cases as {@code /soldout}, {@code /hide}, {@code /unhide},
 * {@code /sale} and {@code /edit}, answered as they are.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class ReplyActions {

    private final PieceMessages pieceMessages;
    private final ChangeProductStatusUseCase status;
    private final EditProductUseCase edit;
    private final SetSalePriceUseCase salePrices;
    private final EditSessions sessions;
    private final OwnerReplies replies;

    ReplyActions(PieceMessages pieceMessages, ChangeProductStatusUseCase status, EditProductUseCase edit,
                 SetSalePriceUseCase salePrices, EditSessions sessions, OwnerReplies replies) {
        this.pieceMessages = pieceMessages;
        this.status = status;
        this.edit = edit;
        this.salePrices = salePrices;
        this.sessions = sessions;
        this.replies = replies;
    }

    /** @return false when the message replied to is about no piece the bot knows (the caller answers as usual) */
    boolean onReply(long adminId, long chatId, Message reply) {
        Optional<DressId> piece = pieceMessages.pieceOf(chatId, reply.replyToMessage().messageId());
        if (piece.isEmpty()) {
            return false;
        }
        DressId dressId = piece.get();
        MDC.put("dress_id", dressId.value());
        ReplyVerb verb = ReplyVerb.parse(reply.text());
        try {
            act(adminId, chatId, dressId, verb);
        } catch (SalePriceRefusedException refused) {
            replies.say(chatId, BotTexts.saleRefused(refused));
        }
        return true;
    }

    private void act(long adminId, long chatId, DressId dressId, ReplyVerb verb) {
        if (verb instanceof ReplyVerb.Sale sale) {
            Product changed = salePrices.setSalePrice(sale.ends() ? SetSalePriceCommand.endSale(adminId, dressId)
                    : SetSalePriceCommand.putOnSale(adminId, dressId, Price.parse(sale.asked())));
            replies.sayAbout(chatId, BotTexts.saleChanged(changed), changed.id());
        } else if (verb instanceof ReplyVerb.ChangeStatus change) {
            Product changed = status.change(new ChangeProductStatusCommand(adminId, dressId, change.action()));
            replies.sayAbout(chatId, BotTexts.statusChanged(changed), changed.id());
        } else if (verb instanceof ReplyVerb.Edit lines) {
            Product saved = edit.edit(adminId, dressId, lines.patch());
            if (sessions.current(chatId).filter(dressId::equals).isPresent()) {
                sessions.end(chatId); // the edit the chat was in is done
            }
            replies.sayAbout(chatId, BotTexts.edited(saved), saved.id());
        } else if (verb instanceof ReplyVerb.BadLines bad) {
            replies.say(chatId, PieceTexts.replyLinesRejected(bad.problems()));
        } else {
            replies.say(chatId, PieceTexts.replyHelp(dressId));
        }
    }
}
