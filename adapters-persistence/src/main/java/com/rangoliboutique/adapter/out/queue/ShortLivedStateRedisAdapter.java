package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.application.port.out.ShortLivedState;
import jakarta.inject.Singleton;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Short-lived shared state in Redis under {@code state:}. While Redis is away ({@link RedisOutage}) writes go to this
 * process's memory and reads look there too after Redis is back, until those entries expire: an edit session or an
 * album begun during an outage carries on.
 */
@Singleton
class ShortLivedStateRedisAdapter implements ShortLivedState {

    private static final String PREFIX = "state:";

    private final RedisClient redis;
    private final RedisOutage outage;
    private final LocalMemory local = new LocalMemory();

    ShortLivedStateRedisAdapter(RedisClient redis, RedisOutage outage) {
        this.redis = redis;
        this.outage = outage;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        outage.run(() -> {
            redis.set(PREFIX + key, value, SetParams.setParams().px(ttl.toMillis()));
            local.delete(key);
        }, () -> local.set(key, value, ttl));
    }

    @Override
    public Optional<String> get(String key) {
        Optional<String> shared = outage.call(() -> Optional.ofNullable(redis.get(PREFIX + key)), Optional::empty);
        return shared.isPresent() ? shared : local.get(key);
    }

    @Override
    public void delete(String key) {
        local.delete(key);
        outage.run(() -> redis.del(PREFIX + key), () -> { });
    }

    @Override
    public long append(String key, String value, Duration ttl) {
        long inMemory = local.list(key).size();
        return outage.call(() -> {
            long length = redis.rpush(PREFIX + key, value);
            redis.pexpire(PREFIX + key, ttl.toMillis());
            return length + inMemory;
        }, () -> local.append(key, value, ttl)); // what Redis holds is out of reach meanwhile
    }

    @Override
    public List<String> list(String key) {
        List<String> shared = outage.call(() -> redis.lrange(PREFIX + key, 0, -1), List::of);
        List<String> kept = local.list(key);
        if (kept.isEmpty()) {
            return shared;
        }
        List<String> all = new java.util.ArrayList<>(shared);
        all.addAll(kept);
        return List.copyOf(all);
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        if (local.contains(key)) {
            return false;
        }
        return outage.call(() -> "OK".equals(redis.set(PREFIX + key, "1",
                SetParams.setParams().nx().px(ttl.toMillis()))), () -> local.setIfAbsent(key, "1", ttl));
    }
}
