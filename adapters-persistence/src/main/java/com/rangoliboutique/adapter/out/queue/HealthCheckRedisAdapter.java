package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.application.port.out.HealthCheck;
import jakarta.inject.Singleton;
import redis.clients.jedis.RedisClient;

@Singleton
class HealthCheckRedisAdapter implements HealthCheck {

    private final RedisClient redis;

    HealthCheckRedisAdapter(RedisClient redis) {
        this.redis = redis;
    }

    @Override
    public String component() {
        return "redis";
    }

    @Override
    public boolean isUp() {
        try {
            return "PONG".equalsIgnoreCase(redis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
