package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.out.ChannelPosts.Post;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link ChannelPosts} promises, against the in-memory fake and PostgreSQL. */
public interface ChannelPostsContract {

    ChannelPosts channelPosts();

    @Test
    default void aPostIsKeptReplacedAndForgotten() {
        Post posted = new Post("@rangoli_new", 41, false, "a".repeat(64));
        Post soldOut = new Post("@rangoli_new", 41, true, "b".repeat(64));

        channelPosts().save(21, posted);
        assertEquals(Optional.of(posted), channelPosts().of(21));
        channelPosts().save(21, soldOut);
        assertEquals(Optional.of(soldOut), channelPosts().of(21));
        assertEquals(Optional.empty(), channelPosts().of(22));

        channelPosts().forget(21);
        assertEquals(Optional.empty(), channelPosts().of(21));
        channelPosts().forget(21); // nothing left: nothing happens
    }
}
