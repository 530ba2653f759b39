package com.rangoliboutique.adapter.out.queue;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedisOutageTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RedisOutage outage = new RedisOutage(now::get);
    private final AtomicInteger redisCalls = new AtomicInteger();
    private boolean redisUp;

    private String redis() {
        redisCalls.incrementAndGet();
        if (!redisUp) {
            throw new JedisConnectionException("Failed to connect to 127.0.0.1:6390");
        }
        return "redis";
    }

    @Test
    void whileRedisIsAwayAnswersComeFromMemoryAndRedisIsTriedOnceASecond() {
        assertEquals("memory", outage.call(this::redis, () -> "memory"));
        assertTrue(outage.isDown());
        for (int i = 0; i < 50; i++) {
            now.addAndGet(Duration.ofMillis(10).toNanos());
            assertEquals("memory", outage.call(this::redis, () -> "memory"));
        }
        assertEquals(1, redisCalls.get(), "not tried again within the second");

        now.addAndGet(Duration.ofMillis(600).toNanos());
        redisUp = true;
        assertEquals("redis", outage.call(this::redis, () -> "memory"));
        assertFalse(outage.isDown());
        assertEquals("redis", outage.call(this::redis, () -> "memory"));
        assertEquals(3, redisCalls.get());
    }

    @Test
    void aRedisErrorThatIsNotAboutReachingItIsABugAndIsThrown() {
        assertThrows(JedisDataException.class, () -> outage.call(() -> {
            throw new JedisDataException("WRONGTYPE Operation against a key holding the wrong kind of value");
        }, () -> "memory"));
        assertFalse(outage.isDown());
    }

    @Test
    void memoryKeepsRedisSemanticsCountsWithTheirWindowMarkersOnceListsInOrder() {
        LocalMemory memory = new LocalMemory(now::get);
        assertEquals(1, memory.increment("rate:webhook", 1, Duration.ofMinutes(1))[0]);
        assertEquals(2, memory.increment("rate:webhook", 1, Duration.ofMinutes(1))[0]);
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertEquals(1, memory.increment("rate:webhook", 1, Duration.ofMinutes(1))[0], "a new window");

        assertTrue(memory.setIfAbsent("telegram:update:7", "1", Duration.ofDays(1)));
        assertFalse(memory.setIfAbsent("telegram:update:7", "1", Duration.ofDays(1)));

        memory.append("album", "a", Duration.ofSeconds(5));
        memory.append("album", "b", Duration.ofSeconds(5));
        assertEquals(java.util.List.of("a", "b"), memory.list("album"));
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertEquals(java.util.List.of(), memory.list("album"), "expired");
    }

    @Test
    void memoryIsBoundedTheSoonestToExpireGoFirst() {
        LocalMemory memory = new LocalMemory(now::get);
        memory.set("short", "x", Duration.ofSeconds(1));
        for (int i = 0; i < LocalMemory.MAX_KEYS; i++) {
            memory.set("k" + i, "v", Duration.ofHours(1));
        }
        assertEquals(LocalMemory.MAX_KEYS, memory.size());
        assertTrue(memory.get("short").isEmpty(), "the soonest to expire made room");
        assertEquals("v", memory.get("k" + (LocalMemory.MAX_KEYS - 1)).orElseThrow());
    }
}
