package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.AiUsageUseCase;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.CheckChannelUseCase;
import com.rangoliboutique.application.port.in.EditProductUseCase;
import com.rangoliboutique.application.port.in.ProductStatsUseCase;
import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.in.SetSalePriceUseCase;
import com.rangoliboutique.application.port.in.ShopStatsUseCase;
import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.in.ViewShopSettingsUseCase;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.caption.CaptionParser;
import com.rangoliboutique.domain.caption.EditResult;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.SalePriceRefusedException;
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
    private final ViewShopSettingsUseCase view;
    private final ProductStatsUseCase stats;
    private final ShopStatsUseCase shopStats;
    private final EditProductUseCase edit;
    private final SetSalePriceUseCase salePrices;
    private final EditSessions sessions;
    private final PieceLists lists;
    private final OwnerReplies replies;
    private final CheckChannelUseCase channel;
    private final AiUsageUseCase aiUsage;

    OwnerCommands(ChangeProductStatusUseCase status, UpdateShopSettingsUseCase settings, ViewShopSettingsUseCase view,
                  ProductStatsUseCase stats, ShopStatsUseCase shopStats, EditProductUseCase edit,
                  SetSalePriceUseCase salePrices, EditSessions sessions, PieceLists lists, OwnerReplies replies,
                  CheckChannelUseCase channel, AiUsageUseCase aiUsage) {
        this.channel = channel;
        this.aiUsage = aiUsage;
        this.status = status;
        this.settings = settings;
        this.view = view;
        this.stats = stats;
        this.shopStats = shopStats;
        this.edit = edit;
        this.salePrices = salePrices;
        this.sessions = sessions;
        this.lists = lists;
        this.replies = replies;
    }

    /** A command's answer; {@code about} is the piece it is about (a reply to it acts on that piece), or null. */
    private record Answer(String text, Product about) {

        static Answer of(String text) {
            return new Answer(text, null);
        }
    }

    void onCommand(long adminId, long chatId, String text) {
        String[] words = text.strip().split("\\s+", 2);
        String command = words[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String argument = words.length > 1 ? words[1].strip() : "";
        try {
            switch (command) { // these answer with a list of their own
                case "/list" -> lists.onList(chatId, argument);
                case "/find" -> lists.onFind(chatId, argument);
                case "/stats" -> stats(chatId);
                default -> {
                    Answer answer = run(adminId, chatId, command, argument);
                    if (answer.about() == null) {
                        replies.say(chatId, answer.text());
                    } else {
                        replies.sayAbout(chatId, answer.text(), answer.about().id());
                    }
                }
            }
        } catch (SalePriceRefusedException e) {
            replies.say(chatId, BotTexts.saleRefused(e));
        } catch (DomainException e) {
            replies.say(chatId, "❌ " + e.getMessage());
        }
    }

    private Answer run(long adminId, long chatId, String command, String argument) {
        return switch (command) {
            case "/start", "/help" -> Answer.of(BotTexts.help(view.current()));
            case "/settings" -> Answer.of(BotTexts.settings(view.current()));
            case "/setrate" -> Answer.of(argument.isEmpty() ? BotTexts.USAGE_SETRATE
                    : BotTexts.rateChanged(settings.changeUsdFxRate(adminId, ShopSettings.parseFxRate(argument))));
            case "/setwhatsapp" -> Answer.of(argument.isEmpty() ? BotTexts.USAGE_SETWHATSAPP
                    : BotTexts.whatsappChanged(settings.changeWhatsappNumber(adminId,
                    ShopSettings.normaliseWhatsappNumber(argument))));
            case "/setshop" -> Answer.of(argument.isEmpty() ? BotTexts.USAGE_SETSHOP
                    : BotTexts.shopNameChanged(settings.changeShopName(adminId, argument)));
            case "/setowner" -> Answer.of(argument.isEmpty() ? BotTexts.USAGE_SETOWNER
                    : BotTexts.ownerNameChanged(settings.changeOwnerName(adminId, argument)));
            case "/settagline" -> Answer.of(argument.isEmpty() ? BotTexts.USAGE_SETTAGLINE
                    : BotTexts.taglineChanged(settings.changeTagline(adminId, argument)));
            case "/soldout" -> changeStatus(adminId, command, argument, ProductAction.MARK_SOLD_OUT);
            case "/hide" -> changeStatus(adminId, command, argument, ProductAction.HIDE);
            case "/unhide" -> changeStatus(adminId, command, argument, ProductAction.UNHIDE);
            case "/edit" -> startEditing(chatId, command, argument);
            case "/sale" -> sale(adminId, command, argument);
            case "/cancel" -> Answer.of(cancelEditing(chatId));
            case "/channel" -> Answer.of(BotTexts.channel(channel.check()));
            default -> Answer.of("I don't know " + command + ". " + "Send /help for the commands.");
        };
    }

    /**
     * The counts by status first, then what buyers did, then the month's AI photos and their cost; then the 30 days'
     * chart, when anything was counted.
     */
    private void stats(long chatId) {
        ShopStatsUseCase.ShopStats activity = shopStats.stats();
        replies.say(chatId, StatsTexts.stats(stats.countByStatus()) + "\n\n" + StatsTexts.activity(activity) + "\n\n"
                + StatsTexts.aiUsage(aiUsage.thisMonth()));
        shopStats.chart(activity).ifPresent(png -> replies.sendPhoto(chatId, png, StatsTexts.chartCaption(activity)));
    }

    private Answer changeStatus(long adminId, String command, String argument, ProductAction action) {
        if (argument.isEmpty()) {
            return Answer.of(BotTexts.USAGE_BY_DRESS.get(command));
        }
        Product changed = status.change(new ChangeProductStatusCommand(adminId, DressId.parse(argument), action));
        return new Answer(BotTexts.statusChanged(changed), changed);
    }

    /** {@code /sale D-1042 9999} (any way {@link Price#parse} reads a price) or {@code /sale D-1042 off}. */
    private Answer sale(long adminId, String command, String argument) {
        String[] words = argument.split("\\s+", 2);
        if (words.length < 2) {
            return Answer.of(BotTexts.USAGE_BY_DRESS.get(command));
        }
        DressId dressId = DressId.parse(words[0]);
        String asked = words[1].strip();
        SetSalePriceCommand change = asked.equalsIgnoreCase("off")
                ? SetSalePriceCommand.endSale(adminId, dressId)
                : SetSalePriceCommand.putOnSale(adminId, dressId, Price.parse(asked));
        Product changed = salePrices.setSalePrice(change);
        return new Answer(BotTexts.saleChanged(changed), changed);
    }

    private Answer startEditing(long chatId, String command, String argument) {
        if (argument.isEmpty()) {
            return Answer.of(BotTexts.USAGE_BY_DRESS.get(command));
        }
        DressId dressId = DressId.parse(argument);
        Product product = edit.toEdit(dressId);
        sessions.start(chatId, dressId);
        return new Answer(BotTexts.editMode(product), product);
    }

    void startEditing(long chatId, Product product) {
        sessions.start(chatId, product.dressId());
        replies.sayAbout(chatId, BotTexts.editMode(product), product.id());
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
            replies.sayAbout(chatId, BotTexts.edited(saved), saved.id());
        } catch (SalePriceRefusedException e) {
            replies.say(chatId, BotTexts.saleRefused(e) + "\n\nSend the lines again, or /cancel.");
        } catch (DomainException e) {
            replies.say(chatId, "❌ " + e.getMessage());
        }
        return true;
    }
}
