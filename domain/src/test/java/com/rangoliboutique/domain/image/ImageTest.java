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
        assertFalse(original.isPublic());
    }

    @Test
    void aiImageWaitsUntilTheWorkerMarksItReady() {
        Image ai = Image.pendingAi(1, 2, "ai/D-1042/v2.jpg");
        assertEquals(ImageType.AI_GENERATED, ai.type());
        assertEquals(ImageStatus.PENDING, ai.status());

        ai.markReady("https://cdn.example/ai/D-1042/v2.jpg");
        assertEquals(ImageStatus.READY, ai.status());
        assertEquals("https://cdn.example/ai/D-1042/v2.jpg", ai.url());
        assertFalse(ai.isPublic(), "a ready AI image is the owner's to review, not the buyers'");
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
    void publishingSetsThePublicUrlAndMakesTheImagePublic() {
        Image original = Image.original(1, 1, "originals/D-1042/v1.jpg");
        original.publishedAt("https://cdn.example/originals/D-1042/v1.jpg");
        assertEquals("https://cdn.example/originals/D-1042/v1.jpg", original.url());
        assertTrue(original.isPublic());
    }

    @Test
    void restoreKeepsEverythingAsStored() {
        Instant created = Instant.parse("2025-01-15T10:00:00Z");
        Image image = Image.restore(9L, 1, ImageType.AI_GENERATED, 3, "ai/D-1042/v3.jpg", "https://x",
                ImageStatus.FAILED, false, created);
        assertEquals(9L, image.id());
        assertEquals(3, image.version());
        assertEquals("https://x", image.url());
        assertEquals(ImageStatus.FAILED, image.status());
        assertFalse(image.isPublic());
        assertEquals(created, image.createdAt());
        assertTrue(Image.restore(10L, 1, ImageType.ORIGINAL, 1, "originals/D-1042/v1.jpg", "https://y",
                ImageStatus.READY, true, created).isPublic());
    }

    @Test
    void aReadyAiPhotoKeepsItsColourCheck() {
        Image ai = Image.pendingAi(1, 2, "ai/D-1042/v2.jpg");
        ColourCheck drifted = new ColourCheck(9.4, "maroon", "brick red", true);
        ai.markReady("https://signed", drifted);
        assertEquals(drifted, ai.colourCheck());
        assertNull(Image.pendingAi(1, 3, "ai/D-1042/v3.jpg").colourCheck());
    }

    @Test
    void onlyAnAiPhotoHasItsColoursChecked() {
        Image original = Image.restore(10L, 1, ImageType.ORIGINAL, 1, "originals/D-1042/v1.jpg", null,
                ImageStatus.PENDING, false, null);
        assertThrows(IllegalStateException.class,
                () -> original.markReady("https://y", new ColourCheck(1.0, "maroon", "maroon", false)));
    }

    @Test
    void aColourCheckIsADistanceBetweenTwoNamedColours() {
        assertThrows(IllegalArgumentException.class, () -> new ColourCheck(-1, "maroon", "maroon", false));
        assertThrows(IllegalArgumentException.class, () -> new ColourCheck(Double.NaN, "maroon", "maroon", false));
        assertThrows(IllegalArgumentException.class, () -> new ColourCheck(2, " ", "maroon", false));
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

    @Test
    void renditionKeysSitBesideTheirImageWithTheWidth() {
        assertEquals("ai/D-1042/v1-800w.jpg", ImageKeys.rendition("ai/D-1042/v1.jpg", 800));
        assertEquals("originals/D-1042/v2-400w.jpg", ImageKeys.rendition(ImageKeys.original(D_1042, 2), 400));
        assertEquals("ai/D-1042/v3-1200w.jpg", ImageKeys.rendition(ImageKeys.ai(D_1042, 3), 1200));
        assertEquals("originals/D-1042/v1-400w.jpg", ImageKeys.rendition("originals/D-1042/v1.png", 400),
                "a rendition is always a JPEG");
    }

    @Test
    void renditionKeysRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.rendition("ai/D-1042/v1.jpg", 0));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.rendition("ai/D-1042/v1", 800));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.rendition("ai/D-1042/.jpg", 800));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.rendition(null, 800));
    }

    @Test
    void aRenditionIsAStoredCopyOfSomeSize() {
        Rendition copy = new Rendition(800, 1067, "ai/D-1042/v1-800w.jpg", "https://cdn.example/ai/D-1042/v1-800w.jpg",
                95_000);
        assertEquals(800, copy.width());
        assertEquals(1067, copy.height());
        assertThrows(IllegalArgumentException.class, () -> new Rendition(0, 1067, "k", "https://x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Rendition(800, 0, "k", "https://x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Rendition(800, 1067, " ", "https://x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Rendition(800, 1067, "k", null, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rendition(800, 1067, "k", "https://x", 0));
    }

    @Test
    void aWebpTwinSitsBesideItsJpegRendition() {
        assertEquals("ai/D-1042/v1-800w.webp", ImageKeys.webpOf("ai/D-1042/v1-800w.jpg"));
        assertEquals("originals/D-1042/v2-400w.webp", ImageKeys.webpOf(ImageKeys.rendition(ImageKeys.original(D_1042, 2), 400)));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.webpOf("ai/D-1042/v1-800w.png"));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.webpOf("ai/D-1042/.jpg"));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.webpOf(null));
    }

    @Test
    void aRenditionMayCarryItsWebpTwin() {
        Rendition jpeg = new Rendition(800, 1067, "ai/D-1042/v1-800w.jpg", "https://cdn.example/ai/D-1042/v1-800w.jpg",
                95_000);
        assertFalse(jpeg.hasWebp());
        Rendition both = jpeg.withWebp(new Rendition.WebpCopy("ai/D-1042/v1-800w.webp",
                "https://cdn.example/ai/D-1042/v1-800w.webp", 61_000));
        assertTrue(both.hasWebp());
        assertEquals(61_000, both.webp().sizeBytes());
        assertEquals(jpeg.url(), both.url());
        assertThrows(IllegalArgumentException.class, () -> new Rendition.WebpCopy("k", "https://x", 0));
        assertThrows(IllegalArgumentException.class, () -> new Rendition.WebpCopy(" ", "https://x", 1));
    }

    @Test
    void anAiImageIsAStudioPhotoUnlessAnotherLookWasAskedForAndAnOriginalHasNoLook() {
        assertEquals(AiStyle.STUDIO, Image.pendingAi(1, 1, "ai/D-1042/v1.jpg").style());
        assertEquals(AiStyle.BACK_VIEW, Image.pendingAi(1, 2, "ai/D-1042/v2.jpg", AiStyle.BACK_VIEW).style());
        assertEquals(AiStyle.STUDIO, Image.restore(9L, 1, ImageType.AI_GENERATED, 3, "ai/D-1042/v3.jpg", null,
                ImageStatus.READY, false, null).style(), "a row from before styles");
        assertNull(Image.original(1, 1, "originals/D-1042/v1.jpg").style());
    }

    @Test
    void onlyAReadyAiImageJoinsTheGalleryAndItCanLeaveAgain() {
        Image pending = Image.pendingAi(1, 2, "ai/D-1042/v2.jpg", AiStyle.THREE_QUARTER);
        assertThrows(IllegalStateException.class, () -> pending.addToGallery(1));
        assertThrows(IllegalStateException.class,
                () -> Image.original(1, 1, "originals/D-1042/v1.jpg").addToGallery(1));

        pending.markReady("https://signed");
        pending.addToGallery(1);
        assertTrue(pending.inGallery());
        assertEquals(1, pending.galleryPosition());
        pending.removeFromGallery();
        assertFalse(pending.inGallery());
        assertNull(pending.galleryPosition());
    }

    @Test
    void aStyleIsReadByItsNameAndAnUnknownOrMissingOneIsStudio() {
        assertEquals(AiStyle.FABRIC_CLOSEUP, AiStyle.ofName("FABRIC_CLOSEUP"));
        assertEquals(AiStyle.STUDIO, AiStyle.ofName(null));
        assertEquals(AiStyle.STUDIO, AiStyle.ofName("WATERCOLOUR"));
        assertEquals("back-view-v1", AiStyle.BACK_VIEW.promptId());
    }
}
