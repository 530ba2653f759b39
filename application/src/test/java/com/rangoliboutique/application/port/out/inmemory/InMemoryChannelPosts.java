package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.ChannelPosts;

import java.util.Optional;

/** {@link ChannelPosts} in an {@link InMemoryDatabase}; like the table, no reference to the product. */
final class InMemoryChannelPosts implements ChannelPosts {

    private final InMemoryDatabase db;

    InMemoryChannelPosts(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Post> of(long productId) {
        return db.read(() -> Optional.ofNullable(db.tables.channelPosts.get(productId)));
    }

    @Override
    public void save(long productId, Post post) {
        db.write(() -> db.tables.channelPosts.put(productId, post));
    }

    @Override
    public void forget(long productId) {
        db.write(() -> db.tables.channelPosts.remove(productId));
    }
}
