package com.rangoliboutique.adapter.out.queue;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.time.Duration;

/**
 * One pooled Redis client per process, from {@code redis.url} ({@code REDIS_URL}: redis://user:pass@host:6379/0).
 * <p>
 * The pool is sized from what holds connections: each generation consumer keeps one through its blocking read (up to a
 * second at a time), each page-rendering or blocking request thread may need one, and the timers (retries, sweeps,
 * the rate limiter's sharing, health checks) a few more. Jedis' default of 8 left a worker with more than a few
 * consumers waiting for its own connections. A request that still finds the pool empty waits at most
 * {@link #BORROW_WAIT} and then fails like an unreachable Redis (the webhook's state falls back to memory).
 */
@Factory
class RedisClientFactory {

    static final int HEADROOM = 8;
    static final Duration BORROW_WAIT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(RedisClientFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    RedisClient redisClient(@Value("${redis.url}") String url,
                            @Value("${worker.concurrency:0}") int consumers,
                            @Value("${datasources.default.maximum-pool-size:10}") int requestThreads) {
        int size = poolSize(consumers, requestThreads);
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(size);
        pool.setMaxIdle(size);
        pool.setMinIdle(0);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(BORROW_WAIT);
        LOG.info("Redis pool: up to {} connections ({} generation consumers, {} request threads, {} for timers)",
                size, Math.max(0, consumers), Math.max(0, requestThreads), HEADROOM);
        return RedisClient.builder().fromURI(URI.create(url)).poolConfig(pool).build();
    }

    static int poolSize(int consumers, int requestThreads) {
        return Math.max(0, consumers) + Math.max(0, requestThreads) + HEADROOM;
    }
}
