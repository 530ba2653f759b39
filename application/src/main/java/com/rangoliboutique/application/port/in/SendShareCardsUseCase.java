package com.rangoliboutique.application.port.in;

/**
 * Draws a published piece's two share cards (1080×1920 for WhatsApp Status and stories, 1080×1350 for a feed post)
 * and sends them to the owner's chat, ready to forward. Runs in the worker, so the owner's tap returns at once.
 */
public interface SendShareCardsUseCase {

    /**
     * @param chatId    the owner's chat the two cards go to
     * @param productId the piece; a piece that is not public (draft, hidden, discarded, gone) gets a sentence instead
     * @throws RuntimeException when Telegram or the image store cannot be reached; the caller retries later
     */
    void send(long chatId, long productId);
}
