package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.out.Promotions.Kind;
import com.rangoliboutique.application.port.out.Promotions.Promotion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link Promotions} outbox promises, against the in-memory fake and PostgreSQL. */
public interface PromotionsContract {

    Duration LEASE = Duration.ofMinutes(5);

    Promotions promotions();

    Transactions transactions();

    @Test
    default void rowsAreClaimedOldestFirstOncePerLeaseAndNotAgainWhenDone() {
        promotions().pieceChanged(7);
        promotions().shareCards(555L, 7);

        List<Promotion> claimed = promotions().claim(10, LEASE);

        assertEquals(List.of(Kind.PIECE_CHANGED, Kind.SHARE_CARDS), claimed.stream().map(Promotion::kind).toList());
        assertEquals(Optional.empty(), claimed.get(0).chatId());
        assertEquals(Optional.of(555L), claimed.get(1).chatId());
        assertEquals(7, claimed.get(1).productId());
        assertEquals(0, claimed.get(0).attempts());
        assertTrue(promotions().claim(10, LEASE).isEmpty(), "leased: no second claim");

        promotions().done(claimed.get(0).id());
        promotions().done(claimed.get(1).id());
        assertTrue(promotions().claim(10, Duration.ZERO).isEmpty(), "done rows are never due");
    }

    @Test
    default void aLeaseThatRanOutLetsTheNextClaimTakeTheRow() {
        promotions().pieceChanged(8);
        Promotion first = promotions().claim(1, Duration.ZERO).get(0);

        List<Promotion> again = promotions().claim(1, LEASE);

        assertEquals(List.of(first.id()), again.stream().map(Promotion::id).toList());
    }

    @Test
    default void aFailedRowIsDueAgainAfterItsWaitWithItsAttemptCounted() {
        promotions().pieceChanged(9);
        promotions().shareCards(1L, 10);
        List<Promotion> claimed = promotions().claim(2, LEASE);

        promotions().retryLater(claimed.get(0).id(), "Telegram sendPhoto failed: 502 Bad Gateway", Duration.ZERO);
        promotions().retryLater(claimed.get(1).id(), "later", Duration.ofHours(1));

        List<Promotion> due = promotions().claim(10, LEASE);
        assertEquals(List.of(claimed.get(0).id()), due.stream().map(Promotion::id).toList());
        assertEquals(1, due.get(0).attempts());
    }

    @Test
    default void aRowGivenUpOnIsNeverDueAgain() {
        promotions().pieceChanged(11);
        Promotion claimed = promotions().claim(1, LEASE).get(0);

        promotions().giveUp(claimed.id(), "Telegram sendPhoto failed: 400 Bad Request: chat not found");

        assertTrue(promotions().claim(10, Duration.ZERO).isEmpty());
    }

    @Test
    default void twoChangesOfOnePieceAreNeverOutAtTheSameTime() {
        promotions().pieceChanged(12);
        Promotion first = promotions().claim(1, LEASE).get(0);
        promotions().pieceChanged(12);
        promotions().shareCards(3L, 12);
        promotions().pieceChanged(13);

        List<Promotion> second = promotions().claim(10, LEASE);

        assertEquals(List.of(Kind.SHARE_CARDS, Kind.PIECE_CHANGED), second.stream().map(Promotion::kind).toList());
        assertEquals(List.of(12L, 13L), second.stream().map(Promotion::productId).toList());
        promotions().done(first.id());
        assertEquals(List.of(12L), promotions().claim(10, LEASE).stream().map(Promotion::productId).toList(),
                "the piece's next change, once the first is done");
    }

    ChannelPosts channelPosts();

    @Test
    default void everyPieceWithAPostIsAskedToCatchUp() {
        channelPosts().save(31, new ChannelPosts.Post("@rangoli_new", 5, false, "f".repeat(64)));
        channelPosts().save(30, new ChannelPosts.Post("@rangoli_new", 6, true, "f".repeat(64)));

        promotions().everyPostChanged();

        List<Promotion> claimed = promotions().claim(10, LEASE);
        assertEquals(List.of(30L, 31L), claimed.stream().map(Promotion::productId).toList());
        assertTrue(claimed.stream().allMatch(p -> p.kind() == Kind.PIECE_CHANGED));
    }

    @Test
    default void aRowWrittenInATransactionThatFailsIsNotThere() {
        assertThrows(IllegalStateException.class, () -> transactions().inTransaction(() -> {
            promotions().pieceChanged(14);
            throw new IllegalStateException("the status change failed");
        }));

        assertTrue(promotions().claim(10, LEASE).isEmpty());
    }
}
