package com.rangoliboutique.app.worker;

import com.rangoliboutique.application.port.out.ImageGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Times each call of the real generator (Gemini or the offline stand-in) as {@code rangoli.generation.duration},
 * tagged {@code result=generated|failed}; a call that throws counts as failed. Wired around the generator bean in
 * {@link WorkerWiring}, so the application service stays plain Java.
 */
final class TimedImageGenerator implements ImageGenerator {

    static final String METER = "rangoli.generation.duration";
    private static final Duration[] BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(45),
            Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(120), Duration.ofSeconds(180)};

    private final ImageGenerator generator;
    private final Timer generated;
    private final Timer failed;

    TimedImageGenerator(ImageGenerator generator, MeterRegistry meters) {
        this.generator = generator;
        this.generated = timer("generated", meters);
        this.failed = timer("failed", meters);
    }

    @Override
    public Result generate(byte[] garmentJpeg, GarmentContext context) {
        long start = System.nanoTime();
        Timer outcome = failed;
        try {
            Result result = generator.generate(garmentJpeg, context);
            outcome = result instanceof Result.Generated ? generated : failed;
            return result;
        } finally {
            outcome.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Timer timer(String result, MeterRegistry meters) {
        return Timer.builder(METER)
                .description("Calls of the AI image generator, by result (a call that throws counts as failed)")
                .tag("result", result)
                .serviceLevelObjectives(BUCKETS)
                .register(meters);
    }
}
