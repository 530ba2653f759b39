package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.in.CheckChannelUseCase;
import com.rangoliboutique.application.port.out.ShopChannel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ShopChannel} that keeps its posts in memory like a channel does (edits change them, deletes remove them)
 * and records every call; {@link #failNext} makes the next call throw, as an unreachable Telegram would.
 */
public final class RecordingChannel implements ShopChannel {

    /** A post as it stands in the channel. */
    public record Shown(ChannelPiece piece, byte[] photo) {
    }

    private final String channelId;
    private final AtomicInteger ids = new AtomicInteger(100);
    private final Map<Integer, Shown> posts = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException nextFailure;

    /** @param channelId null: no channel configured */
    public RecordingChannel(String channelId) {
        this.channelId = channelId;
    }

    @Override
    public Optional<String> channelId() {
        return Optional.ofNullable(channelId);
    }

    @Override
    public synchronized int post(ChannelPiece piece, byte[] photo) {
        call("post " + piece.dressId());
        int id = ids.incrementAndGet();
        posts.put(id, new Shown(piece, photo));
        return id;
    }

    @Override
    public synchronized boolean edit(int messageId, ChannelPiece piece) {
        call("edit " + messageId);
        Shown shown = posts.get(messageId);
        if (shown == null) {
            return false;
        }
        posts.put(messageId, new Shown(piece, shown.photo()));
        return true;
    }

    @Override
    public synchronized void delete(String channel, int messageId) {
        call("delete " + messageId);
        posts.remove(messageId);
    }

    @Override
    public CheckChannelUseCase.ChannelCheck check() {
        return channelId == null ? new CheckChannelUseCase.ChannelCheck.NotConfigured()
                : new CheckChannelUseCase.ChannelCheck.Works(channelId, "Shop", "shop_bot");
    }

    private void call(String call) {
        calls.add(call);
        RuntimeException failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
    }

    public synchronized void failNext(RuntimeException failure) {
        nextFailure = failure;
    }

    /** Deletes a post as someone would by hand in the channel. */
    public synchronized void deleteByHand(int messageId) {
        posts.remove(messageId);
    }

    public synchronized Map<Integer, Shown> posts() {
        return new LinkedHashMap<>(posts);
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
