package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.GenerateAiImageUseCase.Outcome;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.ColourFidelity;
import com.rangoliboutique.application.port.out.ImageGenerator;
import com.rangoliboutique.application.port.out.JobLocks;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.RecordingNotifier;
import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The colour check's place in flow B: between storing the AI photo and the preview card. */
class GenerateAiImageServiceTest {

    private static final long OWNER = 555_000_111L;
    private static final byte[] ORIGINAL = "the owner's photo".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AI = "the AI photo".getBytes(StandardCharsets.UTF_8);

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<byte[][]> compared = new ArrayList<>();

    @Test
    void theCardAndTheImageCarryWhatTheColourCheckFound() {
        ColourCheck drifted = new ColourCheck(11.2, "maroon", "brick red", true);
        GenerationJob job = draft();

        Outcome outcome = service((original, ai) -> {
            compared.add(new byte[][]{original, ai});
            return drifted;
        }).generate(job);

        assertEquals(new Outcome.Done(), outcome);
        assertArrayEquals(ORIGINAL, compared.get(0)[0], "the owner's photo from storage");
        assertArrayEquals(AI, compared.get(0)[1], "against the AI photo as stored");
        assertEquals(drifted, notifier.previews.get(0).colours());
        Image image = db.images().byId(job.imageId()).orElseThrow();
        assertEquals(ImageStatus.READY, image.status());
        assertEquals(drifted, image.colourCheck());
    }

    @Test
    void aColourCheckThatFailsNeverHoldsBackThePhoto() {
        GenerationJob job = draft();

        Outcome outcome = service((original, ai) -> {
            throw new UncheckedIOException("could not read the original photo", new java.io.IOException("damaged"));
        }).generate(job);

        assertEquals(new Outcome.Done(), outcome);
        assertEquals(1, notifier.previews.size());
        assertNull(notifier.previews.get(0).colours(), "the card goes without the colour line");
        Image image = db.images().byId(job.imageId()).orElseThrow();
        assertEquals(ImageStatus.READY, image.status());
        assertNull(image.colourCheck());
    }

    private GenerationJob draft() {
        Product product = db.products().add(Product.draft(db.products().nextDressId(), TestProducts.details(), OWNER));
        String originalKey = ImageKeys.original(product.dressId(), 1);
        store.put(originalKey, ORIGINAL, "image/jpeg");
        db.images().add(Image.original(product.id(), 1, originalKey));
        Image ai = db.images().add(Image.pendingAi(product.id(), 1, ImageKeys.ai(product.dressId(), 1)));
        return new GenerationJob(product.id(), ai.id(), originalKey, 1, 1);
    }

    private GenerateAiImageService service(ColourFidelity colours) {
        ImageGenerator generator = (garment, context) -> new ImageGenerator.Result.Generated(AI);
        JobLocks locks = new JobLocks() {
            @Override
            public Optional<Lock> tryLock(String name, Duration ttl) {
                return Optional.of(() -> {
                });
            }

            @Override
            public void releaseAll() {
            }
        };
        return new GenerateAiImageService(db.products(), db.images(), db.settings(), store, generator, colours,
                notifier, db.pieceMessages(), locks, db.transactions(), db.generationLog(), java.time.Clock.systemUTC(),
                new GenerateAiImageService.Policy(List.of(Duration.ofSeconds(30)), Duration.ofMinutes(10)));
    }
}
