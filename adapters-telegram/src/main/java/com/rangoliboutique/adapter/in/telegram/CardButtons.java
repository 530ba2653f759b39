package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import com.rangoliboutique.adapter.out.telegram.CallbackAction;
import com.rangoliboutique.adapter.out.telegram.StyleButtons;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.ApproveDraftUseCase;
import com.rangoliboutique.application.port.in.CheckDraftActionUseCase;
import com.rangoliboutique.application.port.in.DiscardDraftUseCase;
import com.rangoliboutique.application.port.in.PublishOriginalOnlyUseCase;
import com.rangoliboutique.application.port.in.RegenerateAiImageUseCase;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.Arrays;
import java.util.Optional;

/**
 * The buttons of a preview card with a product id alone (and those of a failure message); Style opens the picker
 * whose looks {@link StylePresses} handles. Each press is answered at once (the
 * spinner stops, with the refusal when there is one), then acted on, then the card is rewritten to show the new state.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class CardButtons {

    private final CheckDraftActionUseCase checks;
    private final ApproveDraftUseCase approve;
    private final PublishOriginalOnlyUseCase publishOriginal;
    private final RegenerateAiImageUseCase regenerate;
    private final DiscardDraftUseCase discard;
    private final OwnerCommands commands;
    private final OwnerReplies replies;

    CardButtons(CheckDraftActionUseCase checks, ApproveDraftUseCase approve, PublishOriginalOnlyUseCase publishOriginal,
                RegenerateAiImageUseCase regenerate, DiscardDraftUseCase discard, OwnerCommands commands,
                OwnerReplies replies) {
        this.checks = checks;
        this.approve = approve;
        this.publishOriginal = publishOriginal;
        this.regenerate = regenerate;
        this.discard = discard;
        this.commands = commands;
        this.replies = replies;
    }

    void onPress(long adminId, CallbackQuery press) {
        Optional<Pressed> pressed = Pressed.parse(press.data());
        if (pressed.isEmpty()) {
            replies.answerButton(press.id(), "That button is out of date.");
            return;
        }
        CallbackAction action = pressed.get().action();
        CheckDraftActionUseCase.Check check = checks.check(pressed.get().productId(), productAction(action));
        if (check instanceof CheckDraftActionUseCase.Check.Gone gone) {
            replies.answerButton(press.id(), gone.everExisted()
                    ? "That product is no longer in the shop — it was discarded."
                    : "That button is not from this shop's cards — no product ever had that number.");
            return;
        }
        if (check instanceof CheckDraftActionUseCase.Check.Refused refused) {
            MDC.put("dress_id", refused.product().dressId().value());
            replies.answerButton(press.id(), refused.reason());
            return;
        }
        Product product = ((CheckDraftActionUseCase.Check.Allowed) check).product();
        MDC.put("dress_id", product.dressId().value()); // for the log lines of this update
        RegenerateAiImageUseCase.RegenerationStarted regenerated = null;
        if (action == CallbackAction.REGENERATE) {
            try {
                regenerated = regenerate.regenerate(adminId, product.id()); // before the answer: a refusal is its notice
            } catch (RegenerateAiImageUseCase.TooManyRegenerations tooMany) {
                replies.answerButton(press.id(), tooMany.getMessage());
                return;
            } catch (DomainException refused) {
                replies.answerButton(press.id(), refused.getMessage());
                return;
            }
        }
        replies.answerButton(press.id(), null);
        long chatId = chatOf(press.maybeInaccessibleMessage(), product);
        Integer cardId = press.maybeInaccessibleMessage() == null ? null : press.maybeInaccessibleMessage().messageId();
        // the morning digest repeats a waiting draft's buttons under a text message: that one is rewritten as text
        boolean textCard = press.maybeInaccessibleMessage() instanceof Message m && m.text() != null;
        try {
            act(adminId, chatId, cardId, textCard, pressed.get(), product, regenerated);
        } catch (DomainException e) {
            replies.say(chatId, "❌ " + e.getMessage());
        }
    }

    /** The action of the status table a button stands for; Edit is allowed in every status. */
    private static ProductAction productAction(CallbackAction action) {
        return switch (action) {
            case APPROVE -> ProductAction.PUBLISH;
            case PUBLISH_ORIGINAL -> ProductAction.PUBLISH_ORIGINAL_ONLY;
            case REGENERATE, STYLE -> ProductAction.REGENERATE;
            case DISCARD -> ProductAction.DISCARD;
            case EDIT -> null;
        };
    }

    private void act(long adminId, long chatId, Integer cardId, boolean textCard, Pressed pressed, Product product,
                     RegenerateAiImageUseCase.RegenerationStarted regenerated) {
        DressId id = product.dressId();
        switch (pressed.action()) {
            case APPROVE -> {
                Product published = approve.approve(adminId, product.id());
                card(chatId, cardId, textCard, "✅ PUBLISHED: " + id + "\n" + published.title(),
                        PieceKeyboards.published(product.id()));
            }
            case PUBLISH_ORIGINAL -> {
                publishOriginal.publishOriginalOnly(adminId, product.id());
                card(chatId, cardId, textCard, "✅ PUBLISHED (original only): " + id,
                        PieceKeyboards.published(product.id()));
            }
            case REGENERATE -> {
                RegenerateAiImageUseCase.RegenerationStarted started = regenerated;
                card(chatId, cardId, textCard, "🔄 Regenerating AI image v" + started.version() + " for " + id + "..."
                        + (started.queued() ? "" : "\n(delayed: the queue is busy — it will start in a few minutes)"));
            }
            case STYLE -> replies.say(chatId, StylePresses.pickerText(id), StyleButtons.picker(product.id()));
            case DISCARD -> {
                discard.discard(adminId, product.id());
                card(chatId, cardId, textCard, "🗑 Discarded: " + id);
            }
            case EDIT -> commands.startEditing(chatId, product);
        }
    }

    private void card(long chatId, Integer cardId, boolean textCard, String caption) {
        card(chatId, cardId, textCard, caption, null);
    }

    /** The card rewritten to {@code caption}, with {@code keyboard} (null: none). */
    private void card(long chatId, Integer cardId, boolean textCard, String caption,
                      com.pengrad.telegrambot.model.request.InlineKeyboardMarkup keyboard) {
        if (cardId == null) {
            if (keyboard == null) {
                replies.say(chatId, caption);
            } else {
                replies.say(chatId, caption, keyboard);
            }
        } else if (textCard) {
            if (keyboard == null) {
                replies.editText(chatId, cardId, caption);
            } else {
                replies.editText(chatId, cardId, caption, keyboard);
            }
        } else {
            replies.editCard(chatId, cardId, caption, keyboard);
        }
    }

    private static long chatOf(MaybeInaccessibleMessage message, Product product) {
        if (message != null && message.chat() != null) {
            return message.chat().id();
        }
        return product.telegramChatId() == null ? 0 : product.telegramChatId();
    }

    /** {@code approve:17} → the action and the product id. */
    record Pressed(CallbackAction action, long productId) {

        static Optional<Pressed> parse(String data) {
            if (data == null || data.indexOf(':') < 0) {
                return Optional.empty();
            }
            String prefix = data.substring(0, data.indexOf(':'));
            try {
                long id = Long.parseLong(data.substring(data.indexOf(':') + 1));
                return Arrays.stream(CallbackAction.values()).filter(a -> a.prefix().equals(prefix)).findFirst()
                        .map(a -> new Pressed(a, id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
