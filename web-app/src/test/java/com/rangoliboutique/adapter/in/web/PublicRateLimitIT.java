package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.BeforeEach;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 60 public requests a minute per client address, counted in Redis; the 61st gets a 429 page with Retry-After. */
@MicronautTest(environments = "test", startApplication = false, transactional = false) // migrates the database
class PublicRateLimitIT extends PostgresIT {

    @BeforeEach
    void forgetCounts() {
        try (RedisClient redis = RedisClient.create(java.net.URI.create(TestInfrastructure.redisUrl()))) {
            for (String key : redis.keys("rate:public:*")) {
                redis.del(key);
            }
        }
    }

    private static EmbeddedServer start(String trustedProxies) {
        Map<String, Object> props = new HashMap<>(TestInfrastructure.properties());
        props.put("micronaut.server.port", -1);
        props.put("shop.trusted-proxies", trustedProxies);
        return ApplicationContext.run(EmbeddedServer.class, props, "test");
    }

    @Test
    void theSixtyFirstRequestInAMinuteGetsA429PageWithRetryAfter() {
        try (EmbeddedServer a = start(""); EmbeddedServer b = start("")) {
            URI first = a.getURI();
            URI second = b.getURI();
            for (int i = 1; i <= 60; i++) {
                // two web processes, one count: the client alternates between them
                int status = ShopFixture.get(i % 2 == 0 ? first : second, i % 3 == 0 ? "/d/D-1001" : "/").statusCode();
                assertTrue(status == 200 || status == 404, "request " + i + " gave " + status);
            }
            // the processes share their counts (as every 100 ms), in an order that needs both to see the total
            PublicRateLimitFilter shareOfA = a.getApplicationContext().getBean(PublicRateLimitFilter.class);
            PublicRateLimitFilter shareOfB = b.getApplicationContext().getBean(PublicRateLimitFilter.class);
            shareOfA.shareNow();
            shareOfB.shareNow();
            shareOfA.shareNow();
            HttpResponse<String> refused = ShopFixture.get(first, "/",
                    "X-Forwarded-For", "203.0.113.9"); // not from a trusted proxy: the header changes nothing

            assertEquals(429, refused.statusCode());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertTrue(refused.body().contains("<h1>Too many requests</h1>"), refused.body());
            assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent());
            assertEquals(429, ShopFixture.get(second, "/d/D-1001").statusCode());
            assertEquals(429, ShopFixture.get(second, "/sitemap.xml").statusCode());
            assertEquals(429, post(second, "/d/D-1001/tap"), "a tap report is a public request too");
            // what is not a public page is not counted here
            assertEquals(200, ShopFixture.get(first, "/health").statusCode());
        }
    }

    private static int post(URI base, String path) {
        try {
            return ShopFixture.HTTP.send(java.net.http.HttpRequest.newBuilder(base.resolve(path))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withRedisAwayEachProcessStillLimitsOnItsOwnCounts() throws Exception {
        Map<String, Object> props = new HashMap<>(TestInfrastructure.properties());
        props.put("micronaut.server.port", -1);
        props.put("redis.url", "redis://127.0.0.1:" + TestInfrastructure.freePort());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, "test")) {
            for (int i = 0; i < 60; i++) {
                assertEquals(200, ShopFixture.get(server.getURI(), "/").statusCode(), "request " + (i + 1));
            }
            assertEquals(429, ShopFixture.get(server.getURI(), "/").statusCode());
        }
    }

    @Test
    void behindATrustedProxyEachBuyerHasTheirOwnCount() {
        try (EmbeddedServer server = start("127.0.0.1, ::1")) {
            URI base = server.getURI();
            for (int i = 0; i < 60; i++) {
                assertEquals(200, ShopFixture.get(base, "/", "X-Forwarded-For", "198.51.100.7, 127.0.0.1").statusCode());
            }
            assertEquals(429, ShopFixture.get(base, "/", "X-Forwarded-For", "198.51.100.7").statusCode());
            // a buyer cannot escape by putting another address in front: the proxy appends the real one
            assertEquals(429, ShopFixture.get(base, "/", "X-Forwarded-For", "10.9.9.9, 198.51.100.7").statusCode());
            assertEquals(200, ShopFixture.get(base, "/", "X-Forwarded-For", "198.51.100.8").statusCode());
        }
    }
}
