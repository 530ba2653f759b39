package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.in.CheckChannelUseCase;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;

import java.util.Objects;
import java.util.Optional;

/** The shop's public channel (Telegram): a post per piece on sale, kept in step with the piece. */
public interface ShopChannel {

    /** The configured channel ({@code TELEGRAM_CHANNEL_ID}); empty when the shop has none (nothing is posted). */
    Optional<String> channelId();

    /**
     * What a post shows: the facts; the adapter words the caption and buttons.
     *
     * @param orderLink the wa.me link of the order button (for a sold-out piece: asking about a similar piece)
     * @param pageUrl   the piece's page
     */
    record ChannelPiece(DressId dressId, String title, Price price, Optional<Price> salePrice, boolean soldOut,
                        String orderLink, String pageUrl) {

        public ChannelPiece {
            Objects.requireNonNull(dressId, "dressId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(salePrice, "salePrice");
            Objects.requireNonNull(orderLink, "orderLink");
            Objects.requireNonNull(pageUrl, "pageUrl");
        }
    }

    /** Posts the piece with its photo; returns the post's message id. */
    int post(ChannelPiece piece, byte[] photo);

    /**
     * Rewrites the post's caption and buttons. An edit that changes nothing counts as done.
     *
     * @return false when the post is not there any more (deleted by hand): the caller posts again
     */
    boolean edit(int messageId, ChannelPiece piece);

    /** Deletes a post from {@code channelId}; a post that is gone already is fine. */
    void delete(String channelId, int messageId);

    /** Whether posting works, as facts for the owner's {@code /channel}. */
    CheckChannelUseCase.ChannelCheck check();
}
