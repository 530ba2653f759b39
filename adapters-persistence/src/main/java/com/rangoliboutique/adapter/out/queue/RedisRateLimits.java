package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.application.port.out.RateLimits;
import com.rangoliboutique.application.port.out.UpdateLog;
import jakarta.inject.Singleton;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixed-window counters ({@code INCR} + {@code PEXPIRE} in one script) and seen-once markers, shared through Redis. */
@Singleton
class RedisRateLimits implements RateLimits, UpdateLog {

    private static final String COUNT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {n, redis.call('PTTL', KEYS[1])}""";

    private final RedisClient redis;

    RedisRateLimits(RedisClient redis) {
        this.redis = redis;
    }

    @Override
    public Decision tryAcquire(String key, int limit, Duration window) {
        List<?> result = (List<?>) redis.eval(COUNT, List.of("rate:" + key), List.of(String.valueOf(window.toMillis())));
        long count = ((Number) result.get(0)).longValue();
        long ttl = Math.max(((Number) result.get(1)).longValue(), 0);
        return count <= limit ? new Decision(true, Duration.ZERO) : new Decision(false, Duration.ofMillis(ttl));
    }

    @Override
    public Map<String, Shared> addAll(Map<String, Long> increments, Duration window) {
        Map<String, Shared> totals = new LinkedHashMap<>();
        if (increments.isEmpty()) {
            return totals;
        }
        Map<String, Response<Long>> replies = new LinkedHashMap<>();
        Map<String, Response<Long>> ttls = new LinkedHashMap<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            increments.forEach((key, n) -> {
                String redisKey = "rate:" + key;
                // the window starts with the key (SET NX with its expiry; INCRBY keeps it) — Redis 6 has no PEXPIRE NX
                pipeline.set(redisKey, "0", SetParams.setParams().nx().px(window.toMillis()));
                replies.put(key, pipeline.incrBy(redisKey, n));
                ttls.put(key, pipeline.pttl(redisKey));
            });
            pipeline.sync();
        }
        replies.forEach((key, reply) -> totals.put(key,
                new Shared(reply.get(), Duration.ofMillis(Math.max(ttls.get(key).get(), 0)))));
        return totals;
    }

    @Override
    public boolean firstDelivery(long updateId, Duration remember) {
        return "OK".equals(redis.set("telegram:update:" + updateId, "1",
                SetParams.setParams().nx().px(remember.toMillis())));
    }
}
