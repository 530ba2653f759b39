package com.rangoliboutique.adapter.out.queue;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the webhook's small shared state (rate limits, seen-once markers, edit sessions, album parts) does while Redis
 * is away: it uses this process's memory instead, says so once when the outage starts and once when Redis is back
 * (with how long and how many operations went to memory), never per request. While Redis is down, only one call a
 * second tries it, so a Redis that times out rather than refuses does not slow every update down.
 */
@Singleton
final class RedisOutage {

    private static final Logger LOG = LoggerFactory.getLogger(RedisOutage.class);
    static final Duration PROBE_EVERY = Duration.ofSeconds(1);

    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    private long downSince;          // nanoTime; meaningful while down
    private long nextProbe;          // nanoTime
    private volatile boolean down;
    private final AtomicLong fellBack = new AtomicLong();

    RedisOutage() {
        this(System::nanoTime);
    }

    RedisOutage(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * {@code redis} when Redis answers, else {@code local}. A Redis error that is not about reaching it (a wrong
     * command, a script error) is a bug and is thrown.
     */
    <T> T call(Supplier<T> redis, Supplier<T> local) {
        if (down && !probeDue()) {
            fellBack.incrementAndGet();
            return local.get();
        }
        T answer;
        try {
            answer = redis.get();
        } catch (JedisDataException e) {
            throw e;
        } catch (JedisException e) {
            wentDown(e);
            fellBack.incrementAndGet();
            return local.get();
        }
        if (down) {
            cameBack();
        }
        return answer;
    }

    void run(Runnable redis, Runnable local) {
        call(() -> {
            redis.run();
            return null;
        }, () -> {
            local.run();
            return null;
        });
    }

    boolean isDown() {
        return down;
    }

    private boolean probeDue() {
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            if (now - nextProbe < 0) {
                return false;
            }
            nextProbe = now + PROBE_EVERY.toNanos();
            return true;
        }
    }

    private void wentDown(JedisException cause) {
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            nextProbe = now + PROBE_EVERY.toNanos();
            if (down) {
                return;
            }
            down = true;
            downSince = now;
            fellBack.set(0);
        }
        LOG.warn("Redis is unreachable ({}): rate limits, duplicate checks, edit sessions and album parts use this "
                + "process's memory until it is back; AI jobs wait in the database for the worker's sweep",
                cause.getMessage());
    }

    private void cameBack() {
        long seconds;
        long count;
        synchronized (lock) {
            if (!down) {
                return;
            }
            down = false;
            seconds = Duration.ofNanos(nanoTime.getAsLong() - downSince).toSeconds();
            count = fellBack.getAndSet(0);
        }
        LOG.info("Redis is back after {} s; {} operation(s) used this process's memory meanwhile", seconds, count);
    }
}
