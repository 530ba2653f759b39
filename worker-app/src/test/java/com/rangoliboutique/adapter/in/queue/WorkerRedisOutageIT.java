package com.rangoliboutique.adapter.in.queue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Redis of this test's own, stopped under a running worker and started again: one WARN, one INFO. */
class WorkerRedisOutageIT {

    private static final List<Class<?>> LOGGERS = List.of(GenerationWorker.class, QueueOutage.class);

    private final WorkerFixture fixture = new WorkerFixture();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private int port;
    private RedisServer redis;
    private ApplicationContext worker;

    @BeforeEach
    void start() throws IOException {
        port = TestInfrastructure.freePort();
        redis = ownRedis(port);
        Map<String, Object> properties = fixture.properties();
        properties.put("redis.url", "redis://127.0.0.1:" + port);
        properties.put("worker.concurrency", 2);
        properties.put("worker.sweep-every", "1h"); // its own warning is not the consumers'
        worker = ApplicationContext.run(properties, "test");
        log.start();
        LOGGERS.forEach(type -> ((Logger) LoggerFactory.getLogger(type)).addAppender(log));
    }

    @AfterEach
    void stop() throws IOException {
        LOGGERS.forEach(type -> ((Logger) LoggerFactory.getLogger(type)).detachAppender(log));
        log.stop();
        worker.close();
        redis.stop();
        fixture.close();
    }

    @Test
    void redisDownForSecondsIsOneWarningThenOneLineWhenItIsBack() throws Exception {
        redis.stop();
        Thread.sleep(4_000); // two consumers, each retrying every second
        redis = ownRedis(port);

        await("the line saying the queue is back", Duration.ofSeconds(20),
                () -> messages(Level.INFO).stream().anyMatch(m -> m.startsWith("the queue can be read again")));

        List<String> warnings = messages(Level.WARN);
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("could not read the queue ("), warnings.get(0));
        String back = messages(Level.INFO).stream().filter(m -> m.startsWith("the queue can be read again"))
                .findFirst().orElseThrow();
        Matcher numbers = Pattern.compile("after (\\d+\\.\\d) s; (\\d+) more failed reads were not logged").matcher(back);
        assertTrue(numbers.find(), back);
        assertTrue(Double.parseDouble(numbers.group(1)) >= 3.5, back);
        assertTrue(Integer.parseInt(numbers.group(2)) >= 4, back); // about 4 s × 2 consumers, less the one logged
        assertEquals(1, messages(Level.INFO).stream().filter(m -> m.startsWith("the queue can be read again")).count());
    }

    private List<String> messages(Level level) {
        synchronized (log) { // the appender appends under its own lock
            return log.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
                    .toList();
        }
    }

    private static RedisServer ownRedis(int port) throws IOException {
        RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
        return server;
    }
}
