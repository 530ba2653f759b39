package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.application.port.out.RateLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-address counts of the public rate limit, with a clock of the test's and Redis played by a map. */
class SharedRateCounterTest {

    private static final long SECOND = 1_000_000_000L;

    /** Fixed windows that start with a key's first count, like Redis's SET NX PX + INCRBY. */
    private static final class SharedCounts implements RateLimits {
        final Map<String, long[]> keys = new HashMap<>(); // key → {count, window end}
        final AtomicLong clock;
        volatile CountDownLatch entered;
        volatile CountDownLatch proceed;
        volatile boolean down;

        SharedCounts(AtomicLong clock) {
            this.clock = clock;
        }

        @Override
        public Decision tryAcquire(String key, int limit, Duration window) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Shared> addAll(Map<String, Long> increments, Duration window) {
            if (entered != null) {
                entered.countDown();
                await(proceed);
            }
            if (down) {
                throw new IllegalStateException("Redis unreachable");
            }
            Map<String, Shared> totals = new HashMap<>();
            synchronized (keys) {
                increments.forEach((key, n) -> {
                    long[] k = keys.get(key);
                    if (k == null || clock.get() >= k[1]) {
                        k = new long[]{0, clock.get() + window.toNanos()};
                        keys.put(key, k);
                    }
                    k[0] += n;
                    totals.put(key, new Shared(k[0], Duration.ofNanos(k[1] - clock.get())));
                });
            }
            return totals;
        }
    }

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final SharedCounts redis = new SharedCounts(clock);

    private SharedRateCounter counter() {
        return new SharedRateCounter(redis, 60, clock::get);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sixtyRequestsAMinuteThenRetryAfterTheRestOfTheWindow() {
        SharedRateCounter counter = counter();
        for (int i = 1; i <= 60; i++) {
            assertEquals(0, counter.tryAcquire("198.51.100.7"), "request " + i);
        }
        clock.addAndGet(20 * SECOND);
        assertEquals(40, counter.tryAcquire("198.51.100.7"));
        assertEquals(0, counter.tryAcquire("198.51.100.8"), "another address has its own count");
    }

    @Test
    void requestsWhileASharingIsUnderWayAreNeitherLostNorCountedTwice() throws Exception {
        SharedRateCounter counter = counter();
        for (int i = 1; i <= 30; i++) {
            assertEquals(0, counter.tryAcquire("198.51.100.7"), "request " + i);
        }
        redis.entered = new CountDownLatch(1);
        redis.proceed = new CountDownLatch(1);
        CompletableFuture<Void> sharing = CompletableFuture.runAsync(counter::share);
        await(redis.entered); // the 30 counts are on their way to Redis
        for (int i = 31; i <= 60; i++) {
            assertEquals(0, counter.tryAcquire("198.51.100.7"), "request " + i + " while sharing");
        }
        assertTrue(counter.tryAcquire("198.51.100.7") > 0, "the 61st request, while the share is under way");
        redis.proceed.countDown();
        sharing.get(30, TimeUnit.SECONDS);
        redis.entered = null;
        assertTrue(counter.tryAcquire("198.51.100.7") > 0, "the 61st request, once Redis answered");
        counter.share();
        assertEquals(60, redis.keys.get("public:198.51.100.7")[0], "every allowed request reached Redis once");
        assertTrue(counter.tryAcquire("198.51.100.7") > 0, "the 61st request, after the next share");
    }

    @Test
    void twoProcessesShareOneLimit() {
        SharedRateCounter one = counter();
        SharedRateCounter two = counter();
        for (int i = 1; i <= 30; i++) {
            assertEquals(0, one.tryAcquire("198.51.100.7"));
            assertEquals(0, two.tryAcquire("198.51.100.7"));
        }
        one.share();
        two.share();
        one.share();
        assertTrue(one.tryAcquire("198.51.100.7") > 0);
        assertTrue(two.tryAcquire("198.51.100.7") > 0);
    }

    @Test
    void aNewWindowStartsAfterAMinute() {
        SharedRateCounter counter = counter();
        for (int i = 1; i <= 60; i++) {
            counter.tryAcquire("198.51.100.7");
        }
        counter.share();
        clock.addAndGet(59 * SECOND);
        assertEquals(1, counter.tryAcquire("198.51.100.7"));
        clock.addAndGet(SECOND);
        assertEquals(0, counter.tryAcquire("198.51.100.7"), "the window ended");
        counter.share();
        assertEquals(1, redis.keys.get("public:198.51.100.7")[0], "Redis started a new window too");
    }

    @Test
    void whileRedisIsAwayCountsAreKeptAndSentLater() {
        SharedRateCounter counter = counter();
        redis.down = true;
        for (int i = 1; i <= 60; i++) {
            assertEquals(0, counter.tryAcquire("198.51.100.7"));
            if (i % 10 == 0) {
                counter.share();
            }
        }
        assertTrue(counter.tryAcquire("198.51.100.7") > 0, "limited on this process's own counts");
        redis.down = false;
        counter.share();
        assertEquals(60, redis.keys.get("public:198.51.100.7")[0]);
        assertFalse(counter.tryAcquire("198.51.100.7") == 0);
    }

    @Test
    void addressesNotSeenForAWindowAreForgotten() {
        SharedRateCounter counter = counter();
        counter.tryAcquire("198.51.100.7");
        counter.share();
        clock.addAndGet(61 * SECOND);
        counter.share();
        assertEquals(0, counter.addresses());
    }
}
