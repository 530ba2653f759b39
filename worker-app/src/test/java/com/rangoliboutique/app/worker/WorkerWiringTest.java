package com.rangoliboutique.app.worker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkerWiringTest {

    @Test
    void retryDelaysReadAsTheSpecWritesThem() {
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofSeconds(300)),
                WorkerWiring.durations("30s,120s,300s"));
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMinutes(2), Duration.ofSeconds(5)),
                WorkerWiring.durations(" 100ms , 2m, 5 "));
        assertEquals(List.of(), WorkerWiring.durations(""));
    }

    @Test
    void aMalformedDelayIsRefused() {
        assertThrows(NumberFormatException.class, () -> WorkerWiring.durations("soon"));
    }
}
