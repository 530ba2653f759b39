package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedisHealthCheckIT {

    @Test
    void aRunningRedisIsUp() {
        try (RedisClient redis = RedisClient.create(URI.create((String) TestInfrastructure.properties().get("redis.url")))) {
            assertTrue(new HealthCheckRedisAdapter(redis).isUp());
        }
    }

    @Test
    void anUnreachableRedisIsDownNotAnError() throws Exception {
        try (RedisClient redis = RedisClient.create("127.0.0.1", TestInfrastructure.freePort())) {
            assertFalse(new HealthCheckRedisAdapter(redis).isUp());
        }
    }
}
