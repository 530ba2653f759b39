package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.DailyDigestUseCase.Outcome;
import com.rangoliboutique.application.port.out.AdminNotifier.Digest;
import com.rangoliboutique.application.port.out.StockReads.OnSale;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.MutableClock;
import com.rangoliboutique.application.port.out.inmemory.RecordingNotifier;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DailyDigestServiceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 08:59 in Kolkata on 10 December. */
    private static final Instant BEFORE_NINE = Instant.parse("2026-12-10T03:29:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private final MutableClock clock = new MutableClock(BEFORE_NINE);
    private final InMemoryDatabase db = new InMemoryDatabase(clock);
    private final RecordingNotifier notifier = new RecordingNotifier();

    private DailyDigestService service(Optional<LocalTime> at, Set<Long> owners) {
        return new DailyDigestService(db.visitStats(), db.stockReads(), db.digestClaims(), notifier,
                db.pieceMessages(), owners, clock,
                new DailyDigestService.Policy(at, KOLKATA, 30));
    }

    private final DailyDigestService service = service(Optional.of(LocalTime.of(9, 0)), Set.of(11L, 22L));

    private Product aPiece() {
        return db.products().add(Product.draft(db.products().nextDressId(), TestProducts.details(), TestProducts.CHAT_ID));
    }

    @Test
    void dueFromTheDigestTimeForTheRestOfTheDay() {
        assertFalse(DailyDigestService.isDue(LocalTime.of(8, 59, 59), LocalTime.of(9, 0)));
        assertTrue(DailyDigestService.isDue(LocalTime.of(9, 0), LocalTime.of(9, 0)));
        assertTrue(DailyDigestService.isDue(LocalTime.of(23, 59), LocalTime.of(9, 0)));
    }

    @Test
    void sentOnceADayFromNineToEveryOwnerWithYesterdaysCounts() {
        Product p = aPiece();
        db.recordVisits(p.id(), TODAY.minusDays(1), 40, 3, 1);
        db.recordVisits(p.id(), TODAY, 99, 9, 0);                // today: not in the digest

        assertEquals(Outcome.NOT_YET, service.sendIfDue());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Outcome.SENT, service.sendIfDue());
        assertEquals(Outcome.ALREADY_CLAIMED, service.sendIfDue());
        clock.advance(Duration.ofHours(12));
        assertEquals(Outcome.ALREADY_CLAIMED, service.sendIfDue());

        assertEquals(List.of(11L, 22L), notifier.digests.stream().map(RecordingNotifier.SentDigest::chatId).toList());
        Digest digest = notifier.digests.get(0).digest();
        assertEquals(TODAY.minusDays(1), digest.day());
        assertEquals(40, digest.views());
        assertEquals(3, digest.taps());

        clock.advance(Duration.ofHours(12));                      // 09:00 the next day
        assertEquals(Outcome.SENT, service.sendIfDue());
        assertEquals(TODAY, notifier.digests.get(2).digest().day());
    }

    @Test
    void nothingToSayIsNoMessageAndTheDayStaysClaimed() {
        clock.advance(Duration.ofHours(1));
        aPiece();                                                 // a draft of today: not waiting yet

        assertEquals(Outcome.NOTHING_TO_SAY, service.sendIfDue());
        assertEquals(Outcome.ALREADY_CLAIMED, service.sendIfDue());
        assertTrue(notifier.digests.isEmpty());
    }

    @Test
    void aFailedSendGivesTheDayBackSoTheNextTickSendsIt() {
        Product p = aPiece();
        db.recordVisits(p.id(), TODAY.minusDays(1), 1, 0, 0);
        clock.advance(Duration.ofHours(1));
        notifier.failNext(1);

        assertEquals(Outcome.FAILED, service.sendIfDue());
        assertEquals(Outcome.SENT, service.sendIfDue());
        assertEquals(Outcome.ALREADY_CLAIMED, service.sendIfDue());
    }

    @Test
    void offSendsNothingAndClaimsNothing() {
        clock.advance(Duration.ofHours(1));
        Product p = aPiece();
        db.recordVisits(p.id(), TODAY.minusDays(1), 1, 0, 0);

        assertEquals(Outcome.OFF, service(Optional.empty(), Set.of(11L)).sendIfDue());
        assertTrue(db.digestClaims().claim(TODAY), "the day is still free");
    }

    @Test
    void draftsWaitingOverADayAndPiecesLongOnSaleWithoutTapsAreInIt() {
        Instant nine = BEFORE_NINE.plus(Duration.ofMinutes(1));
        Product fresh = aPiece();
        db.backdate(fresh.id(), nine.minus(Duration.ofHours(23)), null);
        Product waiting = aPiece();
        db.backdate(waiting.id(), nine.minus(Duration.ofDays(3)), null);
        Product stale = publishedDaysAgo(nine, 45);
        Product tapped = publishedDaysAgo(nine, 45);
        db.recordVisits(tapped.id(), TODAY.minusDays(13), 10, 1, 0);   // a tap 13 days back: still selling
        Product tappedLongAgo = publishedDaysAgo(nine, 60);
        db.recordVisits(tappedLongAgo.id(), TODAY.minusDays(14), 10, 1, 0); // 14 days back: out of the window
        db.recordVisits(tappedLongAgo.id(), TODAY.minusDays(2), 6, 0, 0);
        publishedDaysAgo(nine, 29);                                    // too new for an alert
        Product kept = publishedDaysAgo(nine, 90);
        db.stockAlertSilences().silenceUntil(kept.id(), nine.plus(Duration.ofDays(1)));
        clock.advance(Duration.ofMinutes(1));

        assertEquals(Outcome.SENT, service.sendIfDue());

        Digest digest = notifier.digests.get(0).digest();
        assertEquals(List.of(new Digest.Waiting(waiting.id(), waiting.dressId(), waiting.title(), 3)), digest.waiting());
        assertEquals(List.of(
                        new Digest.Alert(tappedLongAgo.id(), tappedLongAgo.dressId(), tappedLongAgo.title(), 60, 6),
                        new Digest.Alert(stale.id(), stale.dressId(), stale.title(), 45, 0)),
                digest.alerts());
        assertEquals(2, digest.alertCount());
        assertEquals(14, digest.quietDays());
        // each line about a piece is remembered, in every owner's chat: a reply to it acts on that piece
        assertEquals(Optional.of(waiting.dressId()), db.pieceMessages().pieceOf(11L, 101));
        assertEquals(Optional.of(tappedLongAgo.dressId()), db.pieceMessages().pieceOf(11L, 102));
        assertEquals(Optional.of(stale.dressId()), db.pieceMessages().pieceOf(22L, 106));
    }

    @Test
    void aSilenceThatEndedNoLongerKeepsTheAlertAway() {
        Instant now = Instant.parse("2026-12-10T04:00:00Z");
        OnSale silenced = new OnSale(1, DressId.of(1001), "A", now.minus(Duration.ofDays(40)), 0, 0,
                now.plusSeconds(1));
        OnSale ended = new OnSale(2, DressId.of(1002), "B", now.minus(Duration.ofDays(40)), 3, 0, now);
        OnSale tapped = new OnSale(3, DressId.of(1003), "C", now.minus(Duration.ofDays(40)), 3, 1, null);

        assertEquals(List.of(new Digest.Alert(2, DressId.of(1002), "B", 40, 3)),
                StaleStock.alerts(List.of(silenced, ended, tapped), now));
    }

    private Product publishedDaysAgo(Instant now, int days) {
        Product p = aPiece();
        p.publish();
        db.products().update(p);
        db.backdate(p.id(), now.minus(Duration.ofDays(days + 1L)), now.minus(Duration.ofDays(days)));
        return p;
    }
}
