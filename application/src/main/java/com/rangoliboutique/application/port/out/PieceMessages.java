package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;

import java.time.Duration;
import java.util.Optional;

/**
 * Which of the bot's messages in a chat is about which piece (the draft reply, the preview card, a piece card, a status
 * answer), so that the owner's reply to one acts on that piece. Stored, so it survives restarts; a product's messages
 * are forgotten with it, and every message after {@link #KEPT}.
 */
public interface PieceMessages {

    /** How long a message is remembered. */
    Duration KEPT = Duration.ofDays(90);

    /**
     * Remembers that message {@code messageId} in {@code chatId} is about product {@code productId} (the same message
     * again: about this product now). Nothing is remembered for a product no longer stored.
     */
    void remember(long chatId, int messageId, long productId);

    /** The piece the message is about; empty for a message never remembered, forgotten, or whose piece is gone. */
    Optional<DressId> pieceOf(long chatId, int messageId);
}
