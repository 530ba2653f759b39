package com.rangoliboutique.adapter.out.queue;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import redis.clients.jedis.RedisClient;

import java.net.URI;

/** One pooled Redis client per process, from {@code redis.url} ({@code REDIS_URL}: redis://user:pass@host:6379/0). */
@Factory
class RedisClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    RedisClient redisClient(@Value("${redis.url}") String url) {
        return RedisClient.create(URI.create(url));
    }
}
