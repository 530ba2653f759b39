package com.rangoliboutique.application.port.in;

/**
 * Brings the piece's post in the shop's channel in line with the piece as it is now: posted while on sale, SOLD OUT
 * (asking about a similar piece) while sold out, deleted while hidden or once discarded. Running it again changes
 * nothing; without a channel it does nothing.
 */
public interface SyncChannelPostUseCase {

    /** @throws RuntimeException when the channel, storage or database cannot be reached; the caller tries again */
    void sync(long productId);
}
