package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramProperties;
import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.rangoliboutique.adapter.out.telegram.StyleButtons;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.out.Outages;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.caption.OwnerText;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.util.Set;

/**
 * One Telegram update from the owner, routed: photos to drafts, slash commands, replies to a message about a piece,
 * edit-mode text, button presses (preview cards', piece lists' and piece cards').
 * Updates from anyone not in TELEGRAM_ADMIN_IDS are ignored (spec §8: rejected silently).
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class OwnerUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerUpdates.class);

    private final Set<Long> admins;
    private final PhotoDrafts photos;
    private final OwnerCommands commands;
    private final CardButtons buttons;
    private final StockAlertButtons stockButtons;
    private final StylePresses stylePresses;
    private final OwnerReplies replies;
    private final PieceCards pieces;
    private final ReplyActions replyActions;
    private final AtomicBoolean toldAboutOutage = new AtomicBoolean();

    OwnerUpdates(TelegramProperties telegram, PhotoDrafts photos, OwnerCommands commands,
                 CardButtons buttons, StockAlertButtons stockButtons, StylePresses stylePresses, OwnerReplies replies,
                 PieceCards pieces, ReplyActions replyActions) {
        this.admins = telegram.admins();
        this.photos = photos;
        this.commands = commands;
        this.buttons = buttons;
        this.stockButtons = stockButtons;
        this.stylePresses = stylePresses;
        this.replies = replies;
        this.pieces = pieces;
        this.replyActions = replyActions;
        if (admins.isEmpty()) {
            LOG.warn("TELEGRAM_ADMIN_IDS is empty: the bot will ignore everyone");
        }
    }

    /** What became of an update, for the webhook's {@code rangoli.telegram.updates} counter. */
    enum Handling {
        /** Routed; an owner's mistake answered with a message counts here too. */
        HANDLED,
        /** Not from an admin. */
        IGNORED,
        /** Failed unexpectedly; the owner was told something went wrong. */
        FAILED,
        /**
         * The database could not be reached, so nothing was saved: the webhook answers 503 and Telegram delivers the
         * update again later. The owner hears it once per outage, not at every re-delivery.
         */
        UNAVAILABLE
    }

    Handling handle(Update update) {
        Optional<User> from = sender(update);
        if (from.isEmpty() || !admins.contains(from.get().id())) {
            LOG.debug("update {} from a non-admin ({}) ignored", update.updateId(), from.map(User::id).orElse(null));
            return Handling.IGNORED;
        }
        long adminId = from.get().id();
        Long chatId = chatOf(update);
        MDC.put("update_id", String.valueOf(update.updateId()));
        try {
            route(adminId, update);
            toldAboutOutage.set(false);
            return Handling.HANDLED;
        } catch (DomainException e) {
            if (chatId != null) {
                replies.say(chatId, "❌ " + e.getMessage());
            }
            return Handling.HANDLED;
        } catch (RuntimeException e) {
            if (Outages.databaseUnreachable(e)) {
                LOG.warn("update {} not handled: the database is unreachable ({}); Telegram will deliver it again",
                        update.updateId(), e.getMessage());
                if (chatId != null && toldAboutOutage.compareAndSet(false, true)) {
                    tryToSay(chatId, BotTexts.databaseAway(), update);
                }
                return Handling.UNAVAILABLE;
            }
            LOG.error("update {} failed", update.updateId(), e);
            if (chatId != null) {
                tryToSay(chatId, BotTexts.somethingWentWrong(), update);
            }
            return Handling.FAILED;
        } finally {
            MDC.remove("update_id");
            MDC.remove("dress_id");
        }
    }

    private void tryToSay(long chatId, String text, Update update) {
        try {
            replies.say(chatId, text);
        } catch (RuntimeException unreachable) {
            LOG.warn("could not tell the owner about the failure of update {}", update.updateId());
        }
    }

    private void route(long adminId, Update update) {
        CallbackQuery press = update.callbackQuery();
        if (press != null) {
            if (PiecePress.isPieceData(press.data())) {
                pieces.onPress(adminId, press);
            } else if (StyleButtons.isStyleButton(press.data())) {
                stylePresses.onPress(adminId, press);
            } else if (StockAlertButtons.isStockAlertButton(press.data())) {
                stockButtons.onPress(adminId, press);
            } else {
                buttons.onPress(adminId, press);
            }
            return;
        }
        Message message = update.message();
        if (message == null) {
            return; // edits, channel posts…: nothing for the shop to do
        }
        long chatId = message.chat().id();
        // a caption is checked line by line by the caption parser; any other text before it reaches a use case
        Optional<String> unwanted = message.text() == null ? Optional.empty() : OwnerText.problem(message.text());
        if (unwanted.isPresent()) {
            replies.say(chatId, BotTexts.refused(unwanted.get()));
        } else if (PhotoDrafts.carriesPicture(message)) {
            photos.onPicture(adminId, message);
        } else if (message.text() != null && message.text().startsWith("/")) {
            commands.onCommand(adminId, chatId, message.text());
        } else if (message.text() != null && message.replyToMessage() != null
                && replyActions.onReply(adminId, chatId, message)) {
            // a reply to a message about a piece acted on that piece (before edit mode: it names its piece)
        } else if (message.text() == null || !commands.onEditText(adminId, chatId, message.text())) {
            replies.say(chatId, BotTexts.notUnderstood());
        }
    }

    private static Optional<User> sender(Update update) {
        if (update.callbackQuery() != null) {
            return Optional.ofNullable(update.callbackQuery().from());
        }
        return Optional.ofNullable(update.message()).map(Message::from);
    }

    private static Long chatOf(Update update) {
        if (update.message() != null) {
            return update.message().chat().id();
        }
        CallbackQuery press = update.callbackQuery();
        if (press != null && press.maybeInaccessibleMessage() != null && press.maybeInaccessibleMessage().chat() != null) {
            return press.maybeInaccessibleMessage().chat().id();
        }
        return press == null || press.from() == null ? null : press.from().id();
    }
}
