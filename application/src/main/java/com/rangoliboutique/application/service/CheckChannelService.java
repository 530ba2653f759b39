package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CheckChannelUseCase;
import com.rangoliboutique.application.port.out.ShopChannel;

/** Asks the channel itself (Telegram): the answer is never older than the question. */
public final class CheckChannelService implements CheckChannelUseCase {

    private final ShopChannel channel;

    public CheckChannelService(ShopChannel channel) {
        this.channel = channel;
    }

    @Override
    public ChannelCheck check() {
        return channel.check();
    }
}
