package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.SendShareCardsUseCase;
import com.rangoliboutique.application.port.out.Promotions.Kind;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryPromotions;
import com.rangoliboutique.application.port.out.inmemory.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class HandlePromotionsServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final InMemoryDatabase db = new InMemoryDatabase(clock);
    private final List<Long> synced = new ArrayList<>();
    private final List<String> cards = new ArrayList<>();
    private RuntimeException syncFailure;
    private final HandlePromotionsService.Policy policy = new HandlePromotionsService.Policy(
            List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)), 3, 20, Duration.ofMinutes(5));

    private HandlePromotionsService service(Optional<SendShareCardsUseCase> shareCards) {
        return new HandlePromotionsService(db.promotions(), productId -> {
            if (syncFailure != null) {
                throw syncFailure;
            }
            synced.add(productId);
        }, shareCards, policy);
    }

    private final HandlePromotionsService service =
            service(Optional.of((chatId, productId) -> cards.add(chatId + ":" + productId)));

    private InMemoryPromotions.Row row() {
        return db.promotions().rows().get(0);
    }

    @Test
    void eachKindGoesToItsUseCaseAndIsDone() {
        db.promotions().pieceChanged(7);
        db.promotions().shareCards(555, 7);

        assertEquals(2, service.handleDue());

        assertEquals(List.of(7L), synced);
        assertEquals(List.of("555:7"), cards);
        db.promotions().rows().forEach(row -> assertNotNull(row.doneAt(), row.toString()));
        assertEquals(0, service.handleDue());
    }

    @Test
    void aFailureIsRetriedAfterTheNextWaitOfThePolicyThenGivenUpOnAndKept() {
        db.promotions().pieceChanged(7);
        syncFailure = new IllegalStateException("Telegram sendPhoto failed: 502 Bad Gateway");

        service.handleDue();
        assertEquals(1, row().attempts());
        assertEquals(clock.instant().plusSeconds(10), row().nextAttemptAt());
        assertEquals("Telegram sendPhoto failed: 502 Bad Gateway", row().lastError());
        assertEquals(0, service.handleDue(), "not due before its wait");

        clock.advance(Duration.ofSeconds(10));
        service.handleDue();
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), row().nextAttemptAt());

        clock.advance(Duration.ofMinutes(1));
        service.handleDue();
        assertEquals(3, row().attempts());
        assertEquals(Instant.MAX, row().nextAttemptAt(), "given up on after the third attempt");
        assertNull(row().doneAt(), "kept for inspection");

        clock.advance(Duration.ofDays(1));
        assertEquals(0, service.handleDue());
    }

    @Test
    void aRetryThatWorksIsDone() {
        db.promotions().pieceChanged(7);
        syncFailure = new IllegalStateException("no answer");
        service.handleDue();

        syncFailure = null;
        clock.advance(Duration.ofSeconds(10));
        service.handleDue();

        assertEquals(List.of(7L), synced);
        assertNotNull(row().doneAt());
    }

    @Test
    void withoutShareCardsInThisProcessTheRowIsDone() {
        db.promotions().shareCards(555, 7);

        service(Optional.empty()).handleDue();

        assertEquals(Kind.SHARE_CARDS, row().kind());
        assertNotNull(row().doneAt());
    }
}
