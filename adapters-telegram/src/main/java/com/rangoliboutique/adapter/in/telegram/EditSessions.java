package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.application.port.out.ShortLivedState;
import com.rangoliboutique.domain.product.DressId;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/** Which product a chat is editing; forgotten after 15 minutes. */
@Singleton
class EditSessions {

    static final Duration EXPIRY = Duration.ofMinutes(15);

    private final ShortLivedState state;

    EditSessions(ShortLivedState state) {
        this.state = state;
    }

    void start(long chatId, DressId dressId) {
        state.put(key(chatId), dressId.value(), EXPIRY);
    }

    Optional<DressId> current(long chatId) {
        return state.get(key(chatId)).map(DressId::parse);
    }

    void end(long chatId) {
        state.delete(key(chatId));
    }

    private static String key(long chatId) {
        return "edit:" + chatId;
    }
}
