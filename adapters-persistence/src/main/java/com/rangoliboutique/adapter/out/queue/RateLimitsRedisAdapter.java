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

/**
 * Fixed-window counters ({@code INCR} + {@code PEXPIRE} in one script) and seen-once markers, shared through Redis.
 * While Redis is away ({@link RedisOutage}), counters and markers live in this process's memory; a marker set then is
 * still honoured after Redis is back, so an update handled during the outage is not handled again when Telegram
 * re-delivers it later.
 */
@Singleton
class RateLimitsRedisAdapter implements RateLimits, UpdateLog {

    private static final String COUNT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {n, redis.call('PTTL', KEYS[1])}""";

    private final RedisClient redis;
    private final RedisOutage outage;
    private final LocalMemory local = new LocalMemory();

    RateLimitsRedisAdapter(RedisClient redis, RedisOutage outage) {
        this.redis = redis;
        this.outage = outage;
    }

    @Override
    public Decision tryAcquire(String key, int limit, Duration window) {
        String redisKey = "rate:" + key;
        long[] counted = outage.call(() -> {
            List<?> result = (List<?>) redis.eval(COUNT, List.of(redisKey), List.of(String.valueOf(window.toMillis())));
            return new long[] {((Number) result.get(0)).longValue(),
                    Duration.ofMillis(Math.max(((Number) result.get(1)).longValue(), 0)).toNanos()};
        }, () -> local.increment(redisKey, 1, window));
        return counted[0] <= limit ? new Decision(true, Duration.ZERO) : new Decision(false, Duration.ofNanos(counted[1]));
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
        String key = "telegram:update:" + updateId;
        if (local.contains(key)) {
            return false; // handled while Redis was away
        }
        return outage.call(() -> "OK".equals(redis.set(key, "1", SetParams.setParams().nx().px(remember.toMillis()))),
                () -> local.setIfAbsent(key, "1", remember));
    }

    @Override
    public void forget(long updateId) {
        String key = "telegram:update:" + updateId;
        local.delete(key);
        outage.run(() -> redis.del(key), () -> { });
    }
}
