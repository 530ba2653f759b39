package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.GenerateAiImageUseCase.Outcome;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.application.port.out.GenerationLog.Generation;
import com.rangoliboutique.application.port.out.ImageGenerator;
import com.rangoliboutique.application.port.out.ImageGenerator.Result;
import com.rangoliboutique.application.port.out.ImageGenerator.Usage;
import com.rangoliboutique.application.port.out.JobLocks;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.MutableClock;
import com.rangoliboutique.application.port.out.inmemory.RecordingNotifier;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Every call of the generator is written down with what it used — photos, failures and refusals alike. */
class GenerateAiImageUsageTest {

    private static final Instant START = Instant.parse("2026-12-10T06:00:00Z");
    private static final Usage GEMINI = new Usage("gemini-2.5-flash-image", "studio-v1", 1_317, 1_290,
            2_648, true);

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryDatabase db = new InMemoryDatabase(clock);
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Supplier<Result> answer = () -> new Result.Generated(new byte[] {1, 2, 3}, GEMINI);
    private GenerationLog log = db.generationLog();

    /** The AI service's answer, after it took 12.5 s of the clock. */
    private final ImageGenerator generator = (jpeg, context) -> {
        clock.advance(Duration.ofMillis(12_500));
        return answer.get();
    };

    private final JobLocks locks = new JobLocks() {
        @Override
        public Optional<Lock> tryLock(String name, Duration ttl) {
            return Optional.of(() -> {
            });
        }

        @Override
        public void releaseAll() {
        }
    };

    private Outcome generate(GenerationJob job) {
        return new GenerateAiImageService(db.products(), db.images(), db.settings(), store, generator,
                (original, ai) -> new com.rangoliboutique.domain.image.ColourCheck(0.5, "maroon", "maroon", false),
                notifier, db.pieceMessages(), locks, db.transactions(), log, clock,
                new GenerateAiImageService.Policy(List.of(Duration.ofSeconds(30)), Duration.ofMinutes(10)))
                .generate(job);
    }

    private GenerationJob draft() {
        Product product = db.products().add(Product.draft(db.products().nextDressId(), TestProducts.details(),
                TestProducts.CHAT_ID));
        String originalKey = ImageKeys.original(product.dressId(), 1);
        store.put(originalKey, new byte[] {9}, "image/jpeg");
        db.images().add(Image.original(product.id(), 1, originalKey));
        Image ai = db.images().add(Image.pendingAi(product.id(), 1, ImageKeys.ai(product.dressId(), 1)));
        return new GenerationJob(product.id(), ai.id(), originalKey, 1, 1);
    }

    private Generation onlyGeneration() {
        List<Generation> all = db.generationLog().all();
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    @Test
    void aPhotoMadeIsRecordedWithItsModelPromptStyleTimeAndTokensAndIsBilled() {
        GenerationJob job = draft();

        assertInstanceOf(Outcome.Done.class, generate(job));

        assertEquals(new Generation(job.productId(), job.imageId(), 1, 1, "studio", START, Duration.ofMillis(12_500),
                GenerationLog.Outcome.READY, true, GEMINI), onlyGeneration());
    }

    @Test
    void aRefusalIsRecordedAsRefusedAndNotBilled() {
        answer = () -> new Result.Failed(false, "blocked by safety filter (SAFETY)",
                new Usage("gemini-2.5-flash-image", "studio-v1", 1_290, null, 1_290, true));
        GenerationJob job = draft();

        assertInstanceOf(Outcome.Failed.class, generate(job));

        Generation refused = onlyGeneration();
        assertEquals(GenerationLog.Outcome.REFUSED, refused.outcome());
        assertEquals(false, refused.billed());
        assertEquals(1_290, refused.usage().promptTokens());
    }

    @Test
    void aTransientFailureIsRecordedAsFailedForEachAttempt() {
        answer = () -> new Result.Failed(true, "the AI service is busy (HTTP 429)");
        GenerationJob job = draft();

        assertInstanceOf(Outcome.RetryAfter.class, generate(job));
        assertInstanceOf(Outcome.Failed.class, generate(job.nextAttempt()));

        List<Generation> all = db.generationLog().all();
        assertEquals(List.of(1, 2), all.stream().map(Generation::attempt).toList());
        assertEquals(List.of(GenerationLog.Outcome.FAILED, GenerationLog.Outcome.FAILED),
                all.stream().map(Generation::outcome).toList());
        assertEquals(Usage.UNKNOWN, all.get(0).usage());
    }

    @Test
    void aGeneratorThatThrowsIsRecordedAsFailed() {
        answer = () -> {
            throw new IllegalStateException("the SDK fell over");
        };
        GenerationJob job = draft();

        assertInstanceOf(Outcome.RetryAfter.class, generate(job));

        assertEquals(GenerationLog.Outcome.FAILED, onlyGeneration().outcome());
        assertEquals(Duration.ofMillis(12_500), onlyGeneration().latency());
    }

    @Test
    void aLogThatCannotBeWrittenDoesNotCostThePhoto() {
        log = new GenerationLog() {
            @Override
            public void record(Generation generation) {
                throw new IllegalStateException("ai_generations is locked (test)");
            }

            @Override
            public Totals between(Instant from, Instant to) {
                return Totals.NONE;
            }
        };
        GenerationJob job = draft();

        assertInstanceOf(Outcome.Done.class, generate(job));

        assertEquals(ImageStatus.READY, db.images().byId(job.imageId()).orElseThrow().status());
    }
}
