package com.rangoliboutique.app.worker;

import com.rangoliboutique.application.port.out.ImageGenerator;
import com.rangoliboutique.application.port.out.ImageGenerator.GarmentContext;
import com.rangoliboutique.application.port.out.ImageGenerator.Result;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimedImageGeneratorTest {

    private static final GarmentContext SAREE = new GarmentContext("D-1001", "Red saree", List.of("saree"));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void timesEachCallByResultAndPassesTheResultOn() {
        Result.Generated photo = new Result.Generated(new byte[]{1});
        Result.Failed blocked = new Result.Failed(false, "blocked by safety filter");

        assertSame(photo, new TimedImageGenerator((jpeg, context) -> photo, meters).generate(new byte[0], SAREE));
        assertSame(blocked, new TimedImageGenerator((jpeg, context) -> blocked, meters).generate(new byte[0], SAREE));

        assertEquals(1, calls("generated"));
        assertEquals(1, calls("failed"));
    }

    @Test
    void aGeneratorThatThrowsIsTimedAsFailed() {
        ImageGenerator broken = (jpeg, context) -> {
            throw new IllegalStateException("the SDK broke");
        };

        assertThrows(IllegalStateException.class,
                () -> new TimedImageGenerator(broken, meters).generate(new byte[0], SAREE));

        assertEquals(0, calls("generated"));
        assertEquals(1, calls("failed"));
    }

    private long calls(String result) {
        return meters.get(TimedImageGenerator.METER).tag("result", result).timer().count();
    }
}
