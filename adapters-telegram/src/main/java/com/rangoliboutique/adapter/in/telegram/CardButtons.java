package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import com.rangoliboutique.adapter.out.telegram.CallbackAction;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.ReviewDraftUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.RateLimits;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The five buttons of a preview card (and the three of a failure message). Each press is answered at once (the
 * spinner stops, with the refusal when there is one), then acted on, then the card is rewritten to show the new state.
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class CardButtons {

    private final ReviewDraftUseCase review;
    private final Products products;
    private final RateLimits limits;
    private final OwnerCommands commands;
    private final OwnerReplies replies;
    private final int regenerationsPerHour;

    CardButtons(ReviewDraftUseCase review, Products products, RateLimits limits, OwnerCommands commands,
                OwnerReplies replies, TelegramProperties telegram) {
        this.review = review;
        this.products = products;
        this.limits = limits;
        this.commands = commands;
        this.replies = replies;
        this.regenerationsPerHour = telegram.regenerationsPerHour();
    }

    void onPress(long adminId, CallbackQuery press) {
        Optional<Pressed> pressed = Pressed.parse(press.data());
        if (pressed.isEmpty()) {
            replies.answerButton(press.id(), "That button is out of date.");
            return;
        }
        CallbackAction action = pressed.get().action();
        Optional<Product> product = products.byId(pressed.get().productId());
        if (product.isEmpty()) {
            // only a discard deletes a product; an id never issued cannot be on a card this shop's bot sent
            replies.answerButton(press.id(), products.idEverIssued(pressed.get().productId())
                    ? "That product is no longer in the shop — it was discarded."
                    : "That button is not from this shop's cards — no product ever had that number.");
            return;
        }
        MDC.put("dress_id", product.get().dressId().value()); // for the log lines of this update
        if (action != CallbackAction.EDIT && product.get().status() != ProductStatus.DRAFT) {
            replies.answerButton(press.id(), product.get().dressId() + " is already "
                    + product.get().status().name().toLowerCase().replace('_', ' ') + ".");
            return;
        }
        if (action == CallbackAction.REGENERATE) {
            RateLimits.Decision allowed = limits.tryAcquire("regen:" + adminId, regenerationsPerHour, Duration.ofHours(1));
            if (!allowed.allowed()) {
                replies.answerButton(press.id(), "You can regenerate " + regenerationsPerHour
                        + " times an hour — try again in " + minutes(allowed.retryAfter()) + ".");
                return;
            }
        }
        replies.answerButton(press.id(), null);
        long chatId = chatOf(press.maybeInaccessibleMessage(), product.get());
        Integer cardId = press.maybeInaccessibleMessage() == null ? null : press.maybeInaccessibleMessage().messageId();
        try {
            act(adminId, chatId, cardId, action, product.get());
        } catch (DomainException e) {
            replies.say(chatId, "❌ " + e.getMessage());
        }
    }

    private void act(long adminId, long chatId, Integer cardId, CallbackAction action, Product product) {
        DressId id = product.dressId();
        switch (action) {
            case APPROVE -> {
                Product published = review.approve(adminId, product.id());
                card(chatId, cardId, "✅ PUBLISHED: " + id + "\n" + published.title());
            }
            case PUBLISH_ORIGINAL -> {
                review.publishOriginalOnly(adminId, product.id());
                card(chatId, cardId, "✅ PUBLISHED (original only): " + id);
            }
            case REGENERATE -> {
                ReviewDraftUseCase.RegenerationStarted started = review.regenerate(adminId, product.id());
                card(chatId, cardId, "🔄 Regenerating AI image v" + started.version() + " for " + id + "..."
                        + (started.queued() ? "" : "\n(delayed: the queue is busy — it will start in a few minutes)"));
            }
            case DISCARD -> {
                review.discard(adminId, product.id());
                card(chatId, cardId, "🗑 Discarded: " + id);
            }
            case EDIT -> commands.startEditing(chatId, product);
        }
    }

    private void card(long chatId, Integer cardId, String caption) {
        if (cardId == null) {
            replies.say(chatId, caption);
        } else {
            replies.editCard(chatId, cardId, caption, null);
        }
    }

    private static long chatOf(MaybeInaccessibleMessage message, Product product) {
        if (message != null && message.chat() != null) {
            return message.chat().id();
        }
        return product.telegramChatId() == null ? 0 : product.telegramChatId();
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
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
