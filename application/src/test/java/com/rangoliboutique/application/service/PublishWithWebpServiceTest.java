package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BackfillImagesUseCase;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.InMemoryImageStore;
import com.rangoliboutique.application.port.out.inmemory.InMemoryJobQueue;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing with and without a WebP encoder, and the backfill's refusal where there is none, on in-memory ports.
 * The resizer and the encoder are out-ports of other processes' technology (ImageIO, libwebp), stood in for by plain
 * ones that keep the sizes; both are tested for real in their adapters and in the web app's use-case tests.
 */
class PublishWithWebpServiceTest {

    private static final long ADMIN = 42L;
    private static final byte[] PHOTO = "front photo".getBytes(StandardCharsets.UTF_8);

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final InMemoryImageStore store = new InMemoryImageStore();

    /** Copies 400 and 800 px wide whose bytes name the width. */
    private static final ImageResizer RESIZER = (bytes, widths) -> List.of(
            new ImageResizer.Resized(400, 600, "jpeg 400".getBytes(StandardCharsets.UTF_8)),
            new ImageResizer.Resized(800, 1200, "jpeg 800".getBytes(StandardCharsets.UTF_8)));

    /** "webp of …" for every copy. */
    private static final WebpEncoder ENCODER = new WebpEncoder() {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String description() {
            return "test encoder";
        }

        @Override
        public Optional<byte[]> encode(byte[] jpeg) {
            return Optional.of(("webp of " + new String(jpeg, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }
    };

    /** An encoder whose native library loaded but then fails on a picture. */
    private static final WebpEncoder FAILING = new WebpEncoder() {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String description() {
            return "failing encoder";
        }

        @Override
        public Optional<byte[]> encode(byte[] jpeg) {
            throw new IllegalStateException("libwebp crashed");
        }
    };

    private Product draft() {
        return new CreateDraftService(db.products(), db.images(), store, new InMemoryJobQueue(), db.auditLog(),
                db.transactions()).create(new CreateDraftCommand(ADMIN, TestProducts.CHAT_ID, TestProducts.details(),
                List.of(PHOTO))).product();
    }

    private List<Rendition> publish(Product draft, WebpEncoder encoder) {
        Product published = new PublishOriginalOnlyService(db.products(), db.images(), store, RESIZER, encoder,
                db.auditLog(), db.transactions(), db.promotions()).publishOriginalOnly(ADMIN, draft.id());
        assertEquals(ProductStatus.PUBLISHED, published.status());
        Image original = db.images().ofProduct(draft.id()).get(0);
        return db.images().renditionsOf(original.id());
    }

    @Test
    void eachJpegCopyGetsItsWebpTwinBesideIt() {
        Product draft = draft();
        String base = "originals/" + draft.dressId().value() + "/v1";

        List<Rendition> renditions = publish(draft, ENCODER);

        assertEquals(List.of(base + "-400w.webp", base + "-800w.webp"),
                renditions.stream().map(r -> r.webp().storageKey()).toList());
        assertEquals("webp of jpeg 800", new String(store.publicObject(base + "-800w.webp").orElseThrow().bytes(),
                StandardCharsets.UTF_8));
        assertEquals("image/webp", store.publicObject(base + "-800w.webp").orElseThrow().contentType());
        assertEquals("image/jpeg", store.publicObject(base + "-800w.jpg").orElseThrow().contentType());
        assertEquals("webp of jpeg 800".length(), renditions.get(1).webp().sizeBytes());
        assertEquals(store.publicUrl(base + "-800w.webp"), renditions.get(1).webp().url());
    }

    @Test
    void withoutAnEncoderOrWithAFailingOnePublishingGoesOnWithJpegCopiesOnly() {
        for (WebpEncoder encoder : List.of(WebpEncoder.NONE, FAILING)) {
            Product draft = draft();
            String base = "originals/" + draft.dressId().value() + "/v1";

            List<Rendition> renditions = publish(draft, encoder);

            assertEquals(List.of(400, 800), renditions.stream().map(Rendition::width).toList(), encoder.description());
            assertFalse(renditions.stream().anyMatch(Rendition::hasWebp), encoder.description());
            assertTrue(store.publicKeys().containsAll(Set.of(base + ".jpg", base + "-400w.jpg", base + "-800w.jpg")));
            assertFalse(store.publicKeys().stream().anyMatch(k -> k.startsWith(base) && k.endsWith(".webp")));
        }
    }

    @Test
    void theBackfillRefusesToRunWhereWebpCannotBeEncodedAndChangesNothing() {
        Product draft = draft();
        List<Rendition> before = publish(draft, WebpEncoder.NONE);
        BackfillImagesService backfill = new BackfillImagesService(db.images(), store, RESIZER, WebpEncoder.NONE,
                db.transactions());

        BackfillImagesUseCase.WebpUnavailableException refused = assertThrows(
                BackfillImagesUseCase.WebpUnavailableException.class, () -> backfill.backfill(line -> { }));

        assertEquals("This process cannot encode WebP (no WebP encoder): no image was changed.", refused.getMessage());
        assertEquals(before, db.images().renditionsOf(db.images().ofProduct(draft.id()).get(0).id()));
    }

    @Test
    void theBackfillGivesAPhotoPublishedWithoutAnEncoderItsTwinsOnce() {
        Product draft = draft();
        publish(draft, WebpEncoder.NONE);
        BackfillImagesService backfill = new BackfillImagesService(db.images(), store, RESIZER, ENCODER,
                db.transactions());

        BackfillImagesUseCase.Summary first = backfill.backfill(line -> { });
        BackfillImagesUseCase.Summary second = backfill.backfill(line -> { });

        assertEquals(new BackfillImagesUseCase.Summary(1, 0, 2, 0, List.of()), first);
        assertEquals(new BackfillImagesUseCase.Summary(1, 0, 0, 1, List.of()), second);
        assertTrue(second.nothingToDo());
        assertTrue(db.images().renditionsOf(db.images().ofProduct(draft.id()).get(0).id()).stream()
                .allMatch(Rendition::hasWebp));
    }
}
