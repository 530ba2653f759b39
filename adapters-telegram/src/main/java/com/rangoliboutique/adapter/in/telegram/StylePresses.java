package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.rangoliboutique.adapter.out.telegram.AdminNotifierTelegramAdapter;
import com.rangoliboutique.adapter.out.telegram.StyleButtons;
import com.rangoliboutique.adapter.out.telegram.StyleLabels;
import com.rangoliboutique.adapter.out.telegram.TelegramCondition;
import com.rangoliboutique.application.port.in.CheckDraftActionUseCase;
import com.rangoliboutique.application.port.in.ChooseGalleryUseCase;
import com.rangoliboutique.application.port.in.RegenerateAiImageUseCase;
import com.rangoliboutique.domain.DomainException;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.Optional;

/**
 * A look picked in the Style picker ({@code look:17:BACK_VIEW}): a new AI version in that look, through the same use
 * case, hourly allowance and queue as Regenerate. A version's gallery toggle ({@code gal:17:3}): the card's button
 * turns to "✓ In gallery" (or back).
 */
@Singleton
@Requires(condition = TelegramCondition.Enabled.class)
class StylePresses {

    private final CheckDraftActionUseCase checks;
    private final RegenerateAiImageUseCase regenerate;
    private final ChooseGalleryUseCase gallery;
    private final OwnerReplies replies;

    StylePresses(CheckDraftActionUseCase checks, RegenerateAiImageUseCase regenerate, ChooseGalleryUseCase gallery,
                 OwnerReplies replies) {
        this.checks = checks;
        this.regenerate = regenerate;
        this.gallery = gallery;
        this.replies = replies;
    }

    static String pickerText(DressId dressId) {
        return "🎨 Pick a look for " + dressId + " — each makes a new AI version, like Regenerate (the same "
                + "limit an hour).";
    }

    void onPress(long adminId, CallbackQuery press) {
        Optional<StyleButtons.Press> pressed = StyleButtons.Press.parse(press.data());
        if (pressed.isEmpty()) {
            replies.answerButton(press.id(), "That button is out of date.");
            return;
        }
        ProductAction action = pressed.get() instanceof StyleButtons.Press.Look
                ? ProductAction.REGENERATE : ProductAction.PUBLISH; // the gallery is part of approving
        CheckDraftActionUseCase.Check check = checks.check(pressed.get().productId(), action);
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
        MDC.put("dress_id", product.dressId().value());
        Message message = press.maybeInaccessibleMessage() instanceof Message m ? m : null;
        try {
            if (pressed.get() instanceof StyleButtons.Press.Look look) {
                styled(adminId, press, message, product, look);
            } else {
                toggled(adminId, press, message, product, (StyleButtons.Press.Gallery) pressed.get());
            }
        } catch (DomainException refused) { // the hourly limit, a version not ready: the notice says why
            replies.answerButton(press.id(), refused.getMessage());
        }
    }

    private void styled(long adminId, CallbackQuery press, Message picker, Product product,
                        StyleButtons.Press.Look look) {
        RegenerateAiImageUseCase.RegenerationStarted started = regenerate.regenerate(adminId, product.id(),
                look.style());
        replies.answerButton(press.id(), null);
        String text = "🎨 Making AI v" + started.version() + " (" + StyleLabels.label(started.style()) + ") for "
                + product.dressId() + "..."
                + (started.queued() ? "" : "\n(delayed: the queue is busy — it will start in a few minutes)");
        if (picker == null) {
            replies.say(chatOf(product), text);
        } else {
            replies.editText(picker.chat().id(), picker.messageId(), text);
        }
    }

    private void toggled(long adminId, CallbackQuery press, Message card, Product product,
                         StyleButtons.Press.Gallery toggle) {
        ChooseGalleryUseCase.GalleryChoice choice = gallery.toggle(adminId, product.id(), toggle.aiVersion());
        replies.answerButton(press.id(), galleryNotice(choice));
        if (card != null) {
            replies.editButtons(card.chat().id(), card.messageId(), AdminNotifierTelegramAdapter.previewKeyboard(
                    product.id(), choice.aiVersion(), choice.inGallery()));
        }
    }

    /** Approve publishes the gallery; its first version is the main photo. */
    static String galleryNotice(ChooseGalleryUseCase.GalleryChoice choice) {
        if (!choice.inGallery()) {
            return "AI v" + choice.aiVersion() + " is out of the gallery." + (choice.galleryVersions().isEmpty()
                    ? " With the gallery empty, Approve publishes the newest AI version." : "");
        }
        int main = choice.galleryVersions().get(0);
        return "AI v" + choice.aiVersion() + " is in the gallery" + (main == choice.aiVersion()
                ? ", as the main photo" : " (main photo: AI v" + main + ")") + ". Approve publishes the gallery.";
    }

    private static long chatOf(Product product) {
        return product.telegramChatId() == null ? 0 : product.telegramChatId();
    }
}
