package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(environments = "test", transactional = false)
class HealthEndpointIT extends PostgresIT {

    private static final Argument<Map<String, String>> BODY = Argument.mapOf(String.class, String.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void answers200WithDatabaseAndRedisUp() {
        HttpResponse<Map<String, String>> response = client.toBlocking().exchange(HttpRequest.GET("/health"), BODY);

        assertEquals(200, response.code());
        assertEquals(Map.of("status", "UP", "db", "UP", "redis", "UP"), response.body());
        assertEquals("{\"status\":\"UP\",\"db\":\"UP\",\"redis\":\"UP\"}",
                client.toBlocking().retrieve(HttpRequest.GET("/health")));
    }

    @Test
    void answers503NamingRedisWhenRedisIsDown() throws Exception {
        Map<String, Object> props = new HashMap<>(TestInfrastructure.properties());
        props.put("redis.url", "redis://127.0.0.1:" + TestInfrastructure.freePort());
        props.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, "test");
             HttpClient other = HttpClient.create(server.getURL())) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> other.toBlocking().exchange(HttpRequest.GET("/health"), BODY));

            assertEquals(503, e.getStatus().getCode());
            assertEquals(Map.of("status", "DOWN", "db", "UP", "redis", "DOWN"), e.getResponse().getBody(BODY).orElseThrow());
        }
    }
}
