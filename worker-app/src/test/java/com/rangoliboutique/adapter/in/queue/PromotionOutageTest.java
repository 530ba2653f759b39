package com.rangoliboutique.adapter.in.queue;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionOutageTest {

    private final AtomicLong now = new AtomicLong();
    private final PromotionOutage outage = new PromotionOutage(now::get);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        ((Logger) LoggerFactory.getLogger(PromotionOutage.class)).addAppender(log);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(PromotionOutage.class)).detachAppender(log);
        log.stop();
    }

    @Test
    void aDatabaseOutageIsLoggedOnceWhenItStartsAndOnceWhenItEndsInWordsOfItsOwn() {
        outage.worked();
        for (int i = 0; i < 5; i++) {
            outage.failed(new IllegalStateException("Connection refused"));
            now.addAndGet(Duration.ofSeconds(1).toNanos());
        }
        outage.worked();
        outage.worked();

        List<String> lines = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        assertEquals(List.of(
                "WARN the promotion outbox in PostgreSQL is out of reach (java.lang.IllegalStateException: Connection"
                        + " refused); channel posts and share cards wait, and this is logged again when they go out",
                "INFO the promotion outbox is reachable again after 5.0 s (4 more failed rounds not logged); channel"
                        + " posts and share cards go out"), lines);
        assertTrue(lines.stream().noneMatch(line -> line.contains("could not read the queue")),
                "not the Redis queue's words: WorkerRedisOutageIT counts those");
    }
}
