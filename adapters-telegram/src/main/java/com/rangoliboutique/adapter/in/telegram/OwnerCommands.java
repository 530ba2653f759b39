package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.EditProductUseCase;
import com.rangoliboutique.application.port.in.ProductStatsUseCase;
import com.rangoliboutique.application.port.in.ShopStatsUseCase;
import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.caption.CaptionParser;
import com.rangoliboutique.domain.caption.EditResult;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.settings.ShopSettings;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Locale;

/** The owner's slash commands and edit mode; each answers in one message. */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class OwnerCommands {

    private final ChangeProductStatusUseCase status;
    private final UpdateShopSettingsUseCase settings;
    private final ProductStatsUseCase stats;
    private final ShopStatsUseCase shopStats;
    private final EditProductUseCase edit;
    private final EditSessions sessions;
    private final OwnerReplies replies;

    OwnerCommands(ChangeProductStatusUseCase status, UpdateShopSettingsUseCase settings, ProductStatsUseCase stats,
                  ShopStatsUseCase shopStats, EditProductUseCase edit, EditSessions sessions, OwnerReplies replies) {
        this.status = status;
        this.settings = settings;
        this.stats = stats;
        this.shopStats = shopStats;
        this.edit = edit;
        this.sessions = sessions;
        this.replies = replies;
    }

    void onCommand(long adminId, long chatId, String text) {
        String[] words = text.strip().split("\\s+", 2);
        String command = words[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String argument = words.length > 1 ? words[1].strip() : "";
        try {
            if (command.equals("/stats")) {
                stats(chatId);
                return;
            }
            replies.say(chatId, run(adminId, chatId, command, argument));
        } catch (DomainException e) {
            replies.say(chatId, "❌ " + e.getMessage());
        }
    }

    private String run(long adminId, long chatId, String command, String argument) {
        return switch (command) {
            case "/start", "/help" -> BotTexts.HELP;
            case "/setrate" -> argument.isEmpty() ? BotTexts.USAGE_SETRATE
                    : BotTexts.rateChanged(settings.changeUsdFxRate(adminId, ShopSettings.parseFxRate(argument)));
            case "/setwhatsapp" -> argument.isEmpty() ? BotTexts.USAGE_SETWHATSAPP
                    : BotTexts.whatsappChanged(settings.changeWhatsappNumber(adminId,
                    ShopSettings.normaliseWhatsappNumber(argument)));
            case "/soldout" -> changeStatus(adminId, command, argument, ProductAction.MARK_SOLD_OUT);
            case "/hide" -> changeStatus(adminId, command, argument, ProductAction.HIDE);
            case "/unhide" -> changeStatus(adminId, command, argument, ProductAction.UNHIDE);
            case "/edit" -> startEditing(chatId, command, argument);
            case "/cancel" -> cancelEditing(chatId);
            default -> "I don't know " + command + ". " + "Send /help for the commands.";
        };
    }

    /** The counts by status first, then what buyers did; then the 30 days' chart, when anything was counted. */
    private void stats(long chatId) {
        ShopStatsUseCase.ShopStats activity = shopStats.stats();
        replies.say(chatId, BotTexts.stats(stats.countByStatus()) + "\n\n" + BotTexts.activity(activity));
        shopStats.chart(activity).ifPresent(png -> replies.sendPhoto(chatId, png, BotTexts.chartCaption(activity)));
    }

    private String changeStatus(long adminId, String command, String argument, ProductAction action) {
        if (argument.isEmpty()) {
            return BotTexts.USAGE_BY_DRESS.get(command);
        }
        Product changed = status.change(new ChangeProductStatusCommand(adminId, DressId.parse(argument), action));
        return BotTexts.statusChanged(changed);
    }

    private String startEditing(long chatId, String command, String argument) {
        if (argument.isEmpty()) {
            return BotTexts.USAGE_BY_DRESS.get(command);
        }
        DressId dressId = DressId.parse(argument);
        Product product = edit.toEdit(dressId);
        sessions.start(chatId, dressId);
        return BotTexts.editMode(product);
    }

    void startEditing(long chatId, Product product) {
        sessions.start(chatId, product.dressId());
        replies.say(chatId, BotTexts.editMode(product));
    }

    private String cancelEditing(long chatId) {
        boolean editing = sessions.current(chatId).isPresent();
        sessions.end(chatId);
        return editing ? "OK — edit mode left, nothing changed." : "Nothing to cancel.";
    }

    /** @return true when the chat was in edit mode and the text was taken as the edit */
    boolean onEditText(long adminId, long chatId, String text) {
        var editing = sessions.current(chatId);
        if (editing.isEmpty()) {
            return false;
        }
        EditResult parsed = CaptionParser.parseEdit(text);
        if (parsed instanceof EditResult.Rejected rejected) {
            replies.say(chatId, "❌ Nothing was changed:\n• " + String.join("\n• ", rejected.problems())
                    + "\n\nSend the lines again, or /cancel.");
            return true;
        }
        try {
            Product saved = edit.edit(adminId, editing.get(), ((EditResult.Parsed) parsed).patch());
            sessions.end(chatId);
            replies.say(chatId, BotTexts.edited(saved));
        } catch (DomainException e) {
            replies.say(chatId, "❌ " + e.getMessage());
        }
        return true;
    }
}
