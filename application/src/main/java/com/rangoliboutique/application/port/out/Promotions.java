package com.rangoliboutique.application.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The promotion outbox: work the worker does for a piece after an owner's action (the shop's channel catching up, share
 * cards), written in the same transaction as the change that causes it, so it is never lost and never delays the owner.
 * A row is claimed by one worker at a time, for a lease; done, retried later, or given up on (and then kept).
 */
public interface Promotions {

    enum Kind {
        /** The shop's channel must catch up with the piece's current state. */
        PIECE_CHANGED,
        /** The owner asked for the piece's share cards, sent to {@link Promotion#chatId()}. */
        SHARE_CARDS
    }

    /** A claimed row; {@code attempts} is how many earlier attempts failed. */
    record Promotion(long id, Kind kind, long productId, Optional<Long> chatId, int attempts) {

        public Promotion {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(chatId, "chatId");
        }
    }

    /** The piece's public state (status, price, sale price, title…) changed; joins the caller's transaction. */
    void pieceChanged(long productId);

    /**
     * Every piece with a channel post must catch up (the shop's WhatsApp number or names changed, and they are in
     * every post's order link); joins the caller's transaction.
     */
    void everyPostChanged();

    /** Share cards of the piece for {@code chatId}; joins the caller's transaction. */
    void shareCards(long chatId, long productId);

    /**
     * Claims up to {@code max} due rows, oldest first, for {@code lease}: no other claim returns them before the lease
     * runs out (a worker that died mid-way leaves them to the next). Two PIECE_CHANGED rows of one piece are never out
     * at the same time, so the channel is changed by one worker at a time.
     */
    List<Promotion> claim(int max, Duration lease);

    void done(long id);

    /** The attempt failed: one more attempt counted, due again after {@code wait}. */
    void retryLater(long id, String error, Duration wait);

    /** The last attempt failed: counted, kept with its error for inspection, never due again. */
    void giveUp(long id, String error);
}
