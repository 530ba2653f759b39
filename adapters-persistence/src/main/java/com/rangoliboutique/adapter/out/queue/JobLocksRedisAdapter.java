package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.application.port.out.JobLocks;
import jakarta.inject.Singleton;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@code SET name token NX PX ttl}; released only by the holder of the token. */
@Singleton
class JobLocksRedisAdapter implements JobLocks {

    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0""";

    private final RedisClient redis;
    private final Map<String, String> held = new ConcurrentHashMap<>();

    JobLocksRedisAdapter(RedisClient redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Lock> tryLock(String name, Duration ttl) {
        String token = UUID.randomUUID().toString();
        String ok = redis.set(name, token, SetParams.setParams().nx().px(ttl.toMillis()));
        if (!"OK".equals(ok)) {
            return Optional.empty();
        }
        held.put(name, token);
        return Optional.of(() -> release(name, token));
    }

    @Override
    public void releaseAll() {
        held.forEach(this::release);
    }

    private void release(String name, String token) {
        held.remove(name, token);
        redis.eval(RELEASE, List.of(name), List.of(token));
    }
}
