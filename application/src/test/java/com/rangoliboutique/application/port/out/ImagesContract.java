package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link Images} promises, against the in-memory fake and the PostgreSQL adapter. Times are compared with
 * a margin of an hour, so the store's clock (the database's {@code now()}) need not be the test's.
 */
public interface ImagesContract {

    Duration MARGIN = Duration.ofHours(1);

    Images images();

    Products products();

    private Product aDraft() {
        return products().add(Product.draft(products().nextDressId(), TestProducts.details(), 1L));
    }

    @Test
    default void addedImageIsReadBackWithItsIdAndCreationTime() {
        Product draft = aDraft();

        Image added = images().add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));

        Image read = images().byId(added.id()).orElseThrow();
        assertEquals(draft.id(), read.productId());
        assertEquals(ImageType.ORIGINAL, read.type());
        assertEquals(ImageStatus.READY, read.status());
        assertEquals(ImageKeys.original(draft.dressId(), 1), read.storageKey());
        assertFalse(read.isPublic());
        assertNotNull(read.createdAt());
        assertTrue(images().byId(424_242).isEmpty());
    }

    @Test
    default void ofProductListsOriginalsFirstThenAiImagesEachByVersion() {
        Product draft = aDraft();
        Product other = aDraft();
        images().add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2)));
        images().add(Image.original(draft.id(), 2, ImageKeys.original(draft.dressId(), 2)));
        images().add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1)));
        images().add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        images().add(Image.original(other.id(), 1, ImageKeys.original(other.dressId(), 1)));

        assertEquals(List.of(ImageKeys.original(draft.dressId(), 1), ImageKeys.original(draft.dressId(), 2),
                        ImageKeys.ai(draft.dressId(), 1), ImageKeys.ai(draft.dressId(), 2)),
                images().ofProduct(draft.id()).stream().map(Image::storageKey).toList());
    }

    @Test
    default void anImageOfNoStoredProductIsRefused() {
        assertThrows(RuntimeException.class, () -> images().add(Image.original(424_242, 1, "originals/D-9/v1.jpg")));
    }

    @Test
    default void aSecondImageOfTheSameTypeAndVersionIsRefused() {
        Product draft = aDraft();
        images().add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1)));

        assertThrows(RuntimeException.class,
                () -> images().add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1))));
        assertEquals(1, images().ofProduct(draft.id()).size());
    }

    @Test
    default void updateStoresTheOutcomeAndThePublicAddress() {
        Product draft = aDraft();
        Image ai = images().add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1)));
        Image failed = images().add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2)));

        ai.markReady("https://cdn.example/private/ai.jpg");
        ai.publishedAt("https://cdn.example/public/ai.jpg");
        images().update(ai);
        failed.markFailed();
        images().update(failed);

        Image read = images().byId(ai.id()).orElseThrow();
        assertEquals(ImageStatus.READY, read.status());
        assertEquals("https://cdn.example/public/ai.jpg", read.url());
        assertTrue(read.isPublic());
        assertEquals(ImageStatus.FAILED, images().byId(failed.id()).orElseThrow().status());
    }

    @Test
    default void pendingAiImagesOfDraftsCreatedBeforeTheTimeAreListedOldestFirst() {
        Product draft = aDraft();
        Product published = aDraft();
        Image first = images().add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1)));
        Image second = images().add(Image.pendingAi(draft.id(), 2, ImageKeys.ai(draft.dressId(), 2)));
        Image ready = images().add(Image.pendingAi(draft.id(), 3, ImageKeys.ai(draft.dressId(), 3)));
        ready.markReady("https://cdn.example/ai3.jpg");
        images().update(ready);
        images().add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        images().add(Image.pendingAi(published.id(), 1, ImageKeys.ai(published.dressId(), 1)));
        published.publishOriginalOnly();
        products().update(published);

        assertEquals(List.of(first.id(), second.id()),
                images().pendingAiCreatedBefore(Instant.now().plus(MARGIN)).stream().map(Image::id).toList());
        assertEquals(List.of(), images().pendingAiCreatedBefore(Instant.now().minus(MARGIN)));
    }

    @Test
    default void renditionsAreNarrowestFirstAndAWidthMadeAgainReplacesTheOldOne() {
        Product draft = aDraft();
        Image image = images().add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        String key = image.storageKey();
        images().addRenditions(image.id(), List.of(rendition(key, 1200, 900, 9000), rendition(key, 400, 300, 3000)));

        images().addRenditions(image.id(), List.of(rendition(key, 800, 600, 6000), rendition(key, 400, 300, 2500)));

        assertEquals(List.of(rendition(key, 400, 300, 2500), rendition(key, 800, 600, 6000),
                rendition(key, 1200, 900, 9000)), images().renditionsOf(image.id()));
        assertEquals(List.of(), images().renditionsOf(424_242));
    }

    @Test
    default void aRenditionKeepsItsWebpTwinAndLosesItWhenMadeAgainWithout() {
        Product draft = aDraft();
        Image image = images().add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        Rendition jpeg = rendition(image.storageKey(), 400, 300, 3000);
        Rendition both = jpeg.withWebp(new Rendition.WebpCopy(ImageKeys.webpOf(jpeg.storageKey()),
                "https://cdn.example/" + ImageKeys.webpOf(jpeg.storageKey()), 2000));

        images().addRenditions(image.id(), List.of(both));
        assertEquals(List.of(both), images().renditionsOf(image.id()));

        images().addRenditions(image.id(), List.of(jpeg));
        assertEquals(List.of(jpeg), images().renditionsOf(image.id()));
    }

    @Test
    default void publishedListsThePublicImagesOnlyById() {
        Product draft = aDraft();
        Image kept = images().add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        Image shown = images().add(Image.original(draft.id(), 2, ImageKeys.original(draft.dressId(), 2)));
        Image ai = images().add(Image.pendingAi(draft.id(), 1, ImageKeys.ai(draft.dressId(), 1)));
        ai.markReady("https://cdn.example/private/ai.jpg");
        ai.publishedAt("https://cdn.example/public/ai.jpg");
        images().update(ai);
        shown.publishedAt("https://cdn.example/public/o2.jpg");
        images().update(shown);

        List<Long> ids = images().published().stream().map(Image::id)
                .filter(id -> id.equals(kept.id()) || id.equals(shown.id()) || id.equals(ai.id())).toList();
        assertEquals(List.of(shown.id(), ai.id()), ids);
    }

    @Test
    default void deletingTheProductDeletesItsImagesAndTheirRenditions() {
        Product draft = aDraft();
        Product kept = aDraft();
        Image image = images().add(Image.original(draft.id(), 1, ImageKeys.original(draft.dressId(), 1)));
        images().addRenditions(image.id(), List.of(rendition(image.storageKey(), 400, 300, 3000)));
        Image keptImage = images().add(Image.original(kept.id(), 1, ImageKeys.original(kept.dressId(), 1)));

        products().delete(draft.id());

        assertEquals(List.of(), images().ofProduct(draft.id()));
        assertTrue(images().byId(image.id()).isEmpty());
        assertEquals(List.of(), images().renditionsOf(image.id()));
        assertTrue(images().byId(keptImage.id()).isPresent());
    }

    private static Rendition rendition(String imageKey, int width, int height, int bytes) {
        return new Rendition(width, height, ImageKeys.rendition(imageKey, width),
                "https://cdn.example/" + ImageKeys.rendition(imageKey, width), bytes);
    }
}
