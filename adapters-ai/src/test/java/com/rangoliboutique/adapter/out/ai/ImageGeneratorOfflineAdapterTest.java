package com.rangoliboutique.adapter.out.ai;

import com.rangoliboutique.application.port.out.ImageGenerator.GarmentContext;
import com.rangoliboutique.application.port.out.ImageGenerator.Result.Failed;
import com.rangoliboutique.application.port.out.ImageGenerator.Result.Generated;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageGeneratorOfflineAdapterTest {

    private static final byte[] GARMENT = TestImages.garmentJpeg();
    private static final GarmentContext SAREE = new GarmentContext("D-1042", "Banarasi silk saree", List.of("Saree"));

    private final ImageGeneratorOfflineAdapter offline = new ImageGeneratorOfflineAdapter();

    private byte[] preview() {
        return assertInstanceOf(Generated.class, offline.generate(GARMENT, SAREE)).jpeg();
    }

    @Test
    void makesAPortraitJpegPreviewDifferentFromThePhoto() {
        byte[] jpeg = preview();

        assertTrue(TestImages.isJpeg(jpeg));
        BufferedImage image = TestImages.decode(jpeg);
        assertEquals(900, image.getWidth());
        assertEquals(1200, image.getHeight());
        assertEquals(3 * image.getHeight(), 4 * image.getWidth());
        assertFalse(Arrays.equals(GARMENT, jpeg));
    }

    @Test
    void itsPhotosNameTheStandInAsModelAndAreNotPaidFor() {
        var usage = offline.generate(GARMENT, SAREE).usage();

        assertEquals(new com.rangoliboutique.application.port.out.ImageGenerator.Usage(
                ImageGeneratorOfflineAdapter.MODEL, null, null, null, null, false), usage);
    }

    @Test
    void putsTheGarmentOnACreamBackdrop() {
        BufferedImage image = TestImages.decode(preview());

        assertTrue(near(new Color(image.getRGB(20, 1180)), ImageGeneratorOfflineAdapter.BACKDROP), "bottom corner");
        int maroon = 0;
        for (int y = 400; y < 900; y++) {
            for (int x = 300; x < 600; x++) {
                Color pixel = new Color(image.getRGB(x, y));
                maroon += pixel.getRed() > pixel.getGreen() + 60 && pixel.getRed() > pixel.getBlue() + 40 ? 1 : 0;
            }
        }
        assertTrue(maroon > 100_000, "the maroon garment fills the middle: " + maroon);
    }

    @Test
    void labelsThePreviewWithBannerText() {
        BufferedImage image = TestImages.decode(preview());

        int light = 0;
        int banner = 0;
        for (int y = 0; y < ImageGeneratorOfflineAdapter.BANNER_HEIGHT; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (pixel.getRed() > 220 && pixel.getGreen() > 220 && pixel.getBlue() > 220) {
                    light++;
                } else if (near(pixel, ImageGeneratorOfflineAdapter.BANNER)) {
                    banner++;
                }
            }
        }
        assertTrue(banner > 50_000, "dark banner band: " + banner);
        assertTrue(light > 3_000, "white lettering on it: " + light);
    }

    @Test
    void theSamePhotoGivesTheSamePreview() {
        assertArrayEquals(preview(), preview());
    }

    @Test
    void anUnreadablePhotoIsAPermanentFailure() {
        Failed failed = assertInstanceOf(Failed.class,
                offline.generate("not a photo".getBytes(StandardCharsets.UTF_8), SAREE));

        assertFalse(failed.transientFailure());
        assertTrue(failed.reason().startsWith("the garment photo is"), failed.reason());
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 12 && Math.abs(a.getGreen() - b.getGreen()) <= 12
                && Math.abs(a.getBlue() - b.getBlue()) <= 12;
    }
}
