package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.application.port.out.ShortLivedState;
import jakarta.inject.Singleton;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@Singleton
class RedisShortLivedState implements ShortLivedState {

    private static final String PREFIX = "state:";

    private final RedisClient redis;

    RedisShortLivedState(RedisClient redis) {
        this.redis = redis;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.set(PREFIX + key, value, SetParams.setParams().px(ttl.toMillis()));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.get(PREFIX + key));
    }

    @Override
    public void delete(String key) {
        redis.del(PREFIX + key);
    }

    @Override
    public long append(String key, String value, Duration ttl) {
        long length = redis.rpush(PREFIX + key, value);
        redis.pexpire(PREFIX + key, ttl.toMillis());
        return length;
    }

    @Override
    public List<String> list(String key) {
        return redis.lrange(PREFIX + key, 0, -1);
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        return "OK".equals(redis.set(PREFIX + key, "1", SetParams.setParams().nx().px(ttl.toMillis())));
    }
}
