package com.rangoliboutique.application.port.in;

/**
 * The owner's "Share card" button: the request is written down at once (the promotion outbox) and the worker draws
 * and sends the cards a few seconds later, so the tap is answered straight away.
 */
public interface RequestShareCardsUseCase {

    enum Requested {
        /** The cards are on their way to the chat. */
        QUEUED,
        /** The piece is not in the catalog (a draft, hidden or sold out): no cards. */
        NOT_ON_SALE,
        /** No such piece any more. */
        GONE
    }

    Requested request(long chatId, long productId);
}
