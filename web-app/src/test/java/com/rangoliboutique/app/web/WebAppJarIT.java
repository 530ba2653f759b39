package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar web-app/target/web-app.jar} as a deployment runs it. */
class WebAppJarIT {

    static final Path JAR = Path.of("target", "web-app.jar");

    @Test
    void startsOnPortFromTheSpecsDatabaseUrlAndAnswersHealth() throws Exception {
        int port = TestInfrastructure.freePort();
        try (RunningJar web = RunningJar.start(JAR, Map.of(
                "PORT", String.valueOf(port),
                "DATABASE_URL", TestInfrastructure.databaseUrl(),
                "REDIS_URL", TestInfrastructure.redisUrl()))) {

            String body = web.awaitHttp("http://127.0.0.1:" + port + "/health", 200, Duration.ofSeconds(60));

            assertEquals("{\"status\":\"UP\",\"db\":\"UP\",\"redis\":\"UP\"}", body);
            assertTrue(!web.output().contains("embedded"), "no embedded server when the URLs are given:\n" + web.output());
        }
    }

    @Test
    void productionRefusesToStartAndNamesEveryMissingVariable() throws Exception {
        try (RunningJar web = RunningJar.start(JAR, Map.of("APP_ENV", "production",
                "TELEGRAM_BOT_TOKEN", "123:abc", "S3_ENDPOINT_URL", "https://r2.example.com"))) {

            assertEquals(2, web.awaitExit(Duration.ofSeconds(30)));
            String output = web.output();
            for (String variable : new String[]{"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "APP_URL",
                    "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_ADMIN_IDS", "S3_ACCESS_KEY", "S3_SECRET_KEY", "S3_BUCKET_NAME"}) {
                assertTrue(output.contains(variable + ": "), variable + " not named in:\n" + output);
            }
            assertTrue(!output.contains("Exception"), "a message, not a stack trace:\n" + output);
        }
    }

    @Test
    void aMalformedDatabaseUrlIsNamedNotAStackTrace() throws Exception {
        try (RunningJar web = RunningJar.start(JAR, Map.of("DATABASE_URL", "mysql://u:secret@db/x",
                "REDIS_URL", TestInfrastructure.redisUrl()))) {
            assertEquals(2, web.awaitExit(Duration.ofSeconds(30)));
            assertTrue(web.output().contains("DATABASE_URL must look like postgres://"), web.output());
            assertTrue(!web.output().contains("secret"), "the password stays out of the output");
        }
    }

    @Test
    void withoutDatabaseAndRedisUrlsItNamesThemAndSaysHowToRunLocally() throws Exception {
        try (RunningJar web = RunningJar.start(JAR, Map.of("PORT", String.valueOf(TestInfrastructure.freePort())))) {

            assertEquals(2, web.awaitExit(Duration.ofSeconds(30)));
            String output = web.output();
            assertTrue(output.contains("DATABASE_URL: the shop's PostgreSQL"), output);
            assertTrue(output.contains("REDIS_URL: the job queue"), output);
            assertTrue(output.contains("./mvnw -Prun -DskipTests package"), output);
            assertTrue(!output.contains("Exception"), "a message, not a stack trace:\n" + output);
        }
    }
}
