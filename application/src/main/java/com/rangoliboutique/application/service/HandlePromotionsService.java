package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.HandlePromotionsUseCase;
import com.rangoliboutique.application.port.in.SendShareCardsUseCase;
import com.rangoliboutique.application.port.in.SyncChannelPostUseCase;
import com.rangoliboutique.application.port.out.AdminNotifier;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Promotions.Promotion;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Claims the due rows of the outbox and hands each to its use case: PIECE_CHANGED to the channel's sync, SHARE_CARDS
 * to the share cards (when this process has them; else the row is done with a line in the log). A failure puts the
 * row off by the next wait of the policy (10 s, 1 min, 5 min, 30 min, then 30 min each; longer when Telegram's flood
 * control asks for longer) until the last attempt, after
 * which the row is kept with its error and an ERROR in the log.
 */
public final class HandlePromotionsService implements HandlePromotionsUseCase {

    private static final System.Logger LOG = System.getLogger(HandlePromotionsService.class.getName());

    /**
     * @param retryWaits  the wait after the 1st, 2nd, … failed attempt; the last one repeats
     * @param maxAttempts attempts before a row is given up on
     * @param batch       rows claimed at once
     * @param lease       how long a claimed row is this worker's (longer than handling a batch takes)
     */
    public record Policy(List<Duration> retryWaits, int maxAttempts, int batch, Duration lease) {

        public static final Policy DEFAULT = new Policy(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1),
                Duration.ofMinutes(5), Duration.ofMinutes(30)), 12, 20, Duration.ofMinutes(5));

        public Policy {
            retryWaits = List.copyOf(retryWaits);
            if (retryWaits.isEmpty() || maxAttempts < 1 || batch < 1) {
                throw new IllegalArgumentException("retry waits, at least one attempt and a batch of at least one");
            }
            Objects.requireNonNull(lease, "lease");
        }

        Duration waitAfter(int failedAttempts) {
            return retryWaits.get(Math.min(failedAttempts, retryWaits.size()) - 1);
        }
    }

    private final Promotions promotions;
    private final SyncChannelPostUseCase channel;
    private final Optional<SendShareCardsUseCase> shareCards;
    private final Policy policy;

    public HandlePromotionsService(Promotions promotions, SyncChannelPostUseCase channel,
                                   Optional<SendShareCardsUseCase> shareCards, Policy policy) {
        this.promotions = promotions;
        this.channel = channel;
        this.shareCards = shareCards;
        this.policy = policy;
    }

    @Override
    public int handleDue() {
        List<Promotion> due = promotions.claim(policy.batch(), policy.lease());
        for (Promotion promotion : due) {
            handle(promotion);
        }
        return due.size();
    }

    private void handle(Promotion promotion) {
        try {
            switch (promotion.kind()) {
                case PIECE_CHANGED -> channel.sync(promotion.productId());
                case SHARE_CARDS -> {
                    if (shareCards.isPresent()) {
                        shareCards.get().send(promotion.chatId().orElseThrow(), promotion.productId());
                    } else {
                        LOG.log(System.Logger.Level.INFO, "share cards of product " + promotion.productId()
                                + " were asked for, but this worker cannot draw them; the request is dropped");
                    }
                }
            }
        } catch (RuntimeException e) {
            failed(promotion, e);
            return;
        }
        promotions.done(promotion.id());
    }

    private void failed(Promotion promotion, RuntimeException e) {
        int failures = promotion.attempts() + 1;
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (failures >= policy.maxAttempts()) {
            LOG.log(System.Logger.Level.ERROR, "promotion " + promotion.id() + " (" + promotion.kind() + " of product "
                    + promotion.productId() + ") failed " + failures + " times; given up, the row is kept: " + error, e);
            promotions.giveUp(promotion.id(), error);
            return;
        }
        Duration wait = policy.waitAfter(failures);
        if (e instanceof AdminNotifier.NotDelivered refused && refused.retryAfter().isPresent()
                && refused.retryAfter().get().compareTo(wait) > 0) {
            wait = refused.retryAfter().get(); // Telegram's flood control said how long
        }
        LOG.log(System.Logger.Level.WARNING, "promotion " + promotion.id() + " (" + promotion.kind() + " of product "
                + promotion.productId() + ") failed (attempt " + failures + " of " + policy.maxAttempts()
                + "), tried again in " + wait.toSeconds() + " s: " + error);
        promotions.retryLater(promotion.id(), error, wait);
    }
}
