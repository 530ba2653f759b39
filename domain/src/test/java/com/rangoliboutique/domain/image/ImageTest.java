package com.rangoliboutique.domain.image;

import com.rangoliboutique.domain.product.DressId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class ImageTest {

    private static final DressId D_1042 = new DressId(1042);

    @Test
    void originalIsReadyAtOnce() {
        Image original = Image.original(1, 1, "originals/D-1042/v1.jpg");
        assertNull(original.id());
        assertEquals(1, original.productId());
        assertEquals(ImageType.ORIGINAL, original.type());
        assertEquals(1, original.version());
        assertEquals("originals/D-1042/v1.jpg", original.storageKey());
        assertEquals(ImageStatus.READY, original.status());
        assertNull(original.url());
    }

    @Test
    void aiImageWaitsUntilTheWorkerMarksItReady() {
        Image ai = Image.pendingAi(1, 2, "ai/D-1042/v2.jpg");
        assertEquals(ImageType.AI_GENERATED, ai.type());
        assertEquals(ImageStatus.PENDING, ai.status());

        ai.markReady("https://cdn.example/ai/D-1042/v2.jpg");
        assertEquals(ImageStatus.READY, ai.status());
        assertEquals("https://cdn.example/ai/D-1042/v2.jpg", ai.url());
    }

    @Test
    void aiImageCanFail() {
        Image ai = Image.pendingAi(1, 1, "ai/D-1042/v1.jpg");
        ai.markFailed();
        assertEquals(ImageStatus.FAILED, ai.status());
    }

    @Test
    void onlyAPendingImageCanBecomeReadyOrFailed() {
        Image failed = Image.pendingAi(1, 1, "ai/D-1042/v1.jpg");
        failed.markFailed();
        assertThrows(IllegalStateException.class, () -> failed.markReady("https://x"));
        assertThrows(IllegalStateException.class, failed::markFailed);
        assertThrows(IllegalStateException.class, () -> Image.original(1, 1, "k").markReady("https://x"));
    }

    @Test
    void publishingSetsThePublicUrl() {
        Image original = Image.original(1, 1, "originals/D-1042/v1.jpg");
        original.publishedAt("https://cdn.example/originals/D-1042/v1.jpg");
        assertEquals("https://cdn.example/originals/D-1042/v1.jpg", original.url());
    }

    @Test
    void restoreKeepsEverythingAsStored() {
        Instant created = Instant.parse("2025-01-15T10:00:00Z");
        Image image = Image.restore(9L, 1, ImageType.AI_GENERATED, 3, "ai/D-1042/v3.jpg", "https://x",
                ImageStatus.FAILED, created);
        assertEquals(9L, image.id());
        assertEquals(3, image.version());
        assertEquals("https://x", image.url());
        assertEquals(ImageStatus.FAILED, image.status());
        assertEquals(created, image.createdAt());
    }

    @Test
    void refusesNonsenseVersionsAndKeys() {
        assertThrows(IllegalArgumentException.class, () -> Image.original(1, 0, "k"));
        assertThrows(IllegalArgumentException.class, () -> Image.pendingAi(1, 1, " "));
    }

    @Test
    void storageKeysFollowTheDressId() {
        assertEquals("originals/D-1042/v1.jpg", ImageKeys.original(D_1042, 1));
        assertEquals("ai/D-1042/v1.jpg", ImageKeys.ai(D_1042, 1));
        assertEquals("ai/D-1042/v4.jpg", ImageKeys.ai(D_1042, 4));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.ai(D_1042, 0));
    }
}
