package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CountVisitsUseCase.TapKind;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryVisitCounts;
import com.rangoliboutique.application.port.out.inmemory.MutableClock;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountVisitsServiceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 23:59:30 on 3 December in Kolkata (UTC+5:30) is 18:29:30 UTC. */
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-12-03T18:29:30Z");
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryVisitCounts store = new InMemoryVisitCounts(db.products());
    private final MutableClock clock = new MutableClock(BEFORE_MIDNIGHT);
    private final VisitTally tally = new VisitTally(clock, KOLKATA);
    private final CountVisitsService count = new CountVisitsService(tally);
    private final FlushVisitCountsService flush = new FlushVisitCountsService(tally, store,
            FlushVisitCountsService.MAX_PENDING);
    private final DressId saree = aPiece(db.products());

    private static DressId aPiece(Products products) {
        return products.add(Product.draft(products.nextDressId(), TestProducts.details(), TestProducts.CHAT_ID))
                .dressId();
    }

    @Test
    void eachCountGoesToTheShopsDateInKolkataAcrossMidnight() {
        count.viewed(saree);
        count.tapped(saree, TapKind.ORDER);
        count.catalogViewed();
        clock.advance(Duration.ofSeconds(40)); // 00:00:10 on 4 December in Kolkata, still 3 December in UTC
        count.viewed(saree);
        count.tapped(saree, TapKind.SIMILAR);
        count.catalogViewed();
        count.catalogViewed();

        assertTrue(flush.flush());

        assertArrayEquals(new long[] {1, 1, 0}, store.piece(saree, DEC_3));
        assertArrayEquals(new long[] {1, 0, 1}, store.piece(saree, DEC_4));
        assertEquals(1, store.catalogViews(DEC_3));
        assertEquals(2, store.catalogViews(DEC_4));
    }

    @Test
    void countsAreStoredOnceInOneBatchPerFlush() {
        for (int i = 0; i < 1_000; i++) {
            count.viewed(saree);
        }
        flush.flush();
        flush.flush(); // nothing new: no write at all

        assertEquals(1, store.batches());
        assertArrayEquals(new long[] {1_000, 0, 0}, store.piece(saree, DEC_3));
    }

    @Test
    void whileTheDatabaseIsAwayTheCountsWaitForTheNextFlush() {
        count.viewed(saree);
        count.catalogViewed();
        store.goAway();

        assertFalse(flush.flush());
        count.viewed(saree);
        assertFalse(flush.flush());
        store.comeBack();
        count.viewed(saree);
        assertTrue(flush.flush());

        assertArrayEquals(new long[] {3, 0, 0}, store.piece(saree, DEC_3));
        assertEquals(1, store.catalogViews(DEC_3));
        assertTrue(flush.flush());
        assertArrayEquals(new long[] {3, 0, 0}, store.piece(saree, DEC_3), "stored once, not again");
    }

    @Test
    void pastTheBoundNewRowsAreDroppedWhileThoseWaitingKeepCounting() {
        FlushVisitCountsService flush = new FlushVisitCountsService(tally, store, 3);
        List<DressId> pieces = new ArrayList<>(List.of(saree));
        for (int i = 0; i < 3; i++) {
            pieces.add(aPiece(db.products()));
        }
        store.goAway();
        pieces.subList(0, 3).forEach(count::viewed); // 3 rows: the bound
        flush.flush();
        count.viewed(pieces.get(3)); // a fourth row: dropped
        count.viewed(saree);         // a row already waiting: kept
        flush.flush();
        store.comeBack();

        assertTrue(flush.flush());

        assertArrayEquals(new long[] {2, 0, 0}, store.piece(saree, DEC_3));
        assertArrayEquals(new long[] {1, 0, 0}, store.piece(pieces.get(2), DEC_3));
        assertArrayEquals(new long[] {0, 0, 0}, store.piece(pieces.get(3), DEC_3));
    }

    @Test
    void viewsCountedWhileAFlushRunsAreNeverLost() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> counting = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    count.viewed(saree);
                }
            });
            thread.start();
            counting.add(thread);
        }
        start.countDown();
        while (counting.stream().anyMatch(Thread::isAlive)) {
            flush.flush();
        }
        for (Thread thread : counting) {
            thread.join();
        }
        flush.flush();

        assertEquals(threads * perThread, store.piece(saree, DEC_3)[0]);
    }
}
