package com.rangoliboutique.application.port.out;

import java.util.Objects;
import java.util.Optional;

/** Which post in the shop's channel shows which piece, and what it shows: kept so the post can be edited or deleted. */
public interface ChannelPosts {

    /**
     * @param channelId   the channel as configured ({@code @rangoli_new} or {@code -100…})
     * @param messageId   the post
     * @param soldOut     it shows the piece sold out
     * @param fingerprint of its caption and buttons: equal means nothing to change
     */
    record Post(String channelId, int messageId, boolean soldOut, String fingerprint) {

        public Post {
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    Optional<Post> of(long productId);

    /** Keeps (or replaces) the piece's post. */
    void save(long productId, Post post);

    /** The piece has no post any more. */
    void forget(long productId);
}
