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

class QueueOutageTest {

    private final AtomicLong now = new AtomicLong();
    private final QueueOutage outage = new QueueOutage(now::get);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        ((Logger) LoggerFactory.getLogger(QueueOutage.class)).addAppender(log);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(QueueOutage.class)).detachAppender(log);
        log.stop();
    }

    @Test
    void anOutageIsLoggedWhenItStartsAndWhenItEndsWithTheFailuresInBetweenCounted() {
        outage.worked();
        for (int i = 0; i < 7; i++) {
            outage.failed(new IllegalStateException("Connection refused"));
            now.addAndGet(Duration.ofMillis(500).toNanos());
        }
        outage.worked();
        outage.worked();

        assertEquals(List.of(
                "WARN could not read the queue (java.lang.IllegalStateException: Connection refused); the consumers"
                        + " keep trying every second and will log when it works again",
                "INFO the queue can be read again after 3.5 s; 6 more failed reads were not logged"), lines());
    }

    @Test
    void eachOutageIsLoggedOnItsOwn() {
        outage.failed(new IllegalStateException("first"));
        outage.worked();
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        outage.failed(new IllegalStateException("second"));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        outage.worked();

        List<String> lines = lines();
        assertEquals(4, lines.size(), lines::toString);
        assertEquals("WARN could not read the queue (java.lang.IllegalStateException: second); the consumers keep"
                + " trying every second and will log when it works again", lines.get(2));
        assertEquals("INFO the queue can be read again after 2.0 s; 0 more failed reads were not logged", lines.get(3));
    }

    @Test
    void nothingIsLoggedWhileTheQueueWorks() {
        outage.worked();
        outage.worked();
        assertEquals(List.of(), lines());
    }

    private List<String> lines() {
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }
}
