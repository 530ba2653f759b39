package com.rangoliboutique.adapter.out.telegram;

import com.rangoliboutique.application.port.in.CheckChannelUseCase.ChannelCheck;
import com.rangoliboutique.application.port.out.ShopChannel;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;

/** No bot token: no channel either; the outbox's channel rows are done without a call. */
@Singleton
@Requires(condition = TelegramCondition.Disabled.class)
public class ShopChannelLoggingAdapter implements ShopChannel {

    @Override
    public Optional<String> channelId() {
        return Optional.empty();
    }

    @Override
    public int post(ChannelPiece piece, byte[] photo) {
        throw new IllegalStateException("no channel without a bot token");
    }

    @Override
    public boolean edit(int messageId, ChannelPiece piece) {
        throw new IllegalStateException("no channel without a bot token");
    }

    @Override
    public void delete(String channelId, int messageId) {
        throw new IllegalStateException("no channel without a bot token");
    }

    @Override
    public ChannelCheck check() {
        return new ChannelCheck.NotConfigured();
    }
}
