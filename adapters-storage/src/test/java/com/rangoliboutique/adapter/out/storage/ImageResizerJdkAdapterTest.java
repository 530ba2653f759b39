package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageResizer.Resized;
import com.rangoliboutique.application.port.out.ImageResizer.UnreadableImageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageResizerJdkAdapterTest {

    private static final List<Integer> WIDTHS = List.of(400, 800, 1200);

    private final ImageResizer resizer = new ImageResizerJdkAdapter();

    @Test
    void aPortraitPhotoGetsEveryWidthWithItsProportions() {
        List<Resized> copies = resizer.resize(photo(3000, 4000, "jpg"), WIDTHS);

        assertEquals(List.of("400×533", "800×1067", "1200×1600"), sizes(copies));
        copies.forEach(ImageResizerJdkAdapterTest::assertIsTheJpegItSays);
    }

    @Test
    void aLandscapePhotoGetsEveryWidthWithItsProportions() {
        List<Resized> copies = resizer.resize(photo(4000, 3000, "jpg"), WIDTHS);

        assertEquals(List.of("400×300", "800×600", "1200×900"), sizes(copies));
        copies.forEach(ImageResizerJdkAdapterTest::assertIsTheJpegItSays);
    }

    @Test
    void aNarrowPhotoIsNeverUpscaledItsOwnWidthIsTheWidestCopy() {
        List<Resized> copies = resizer.resize(photo(600, 900, "jpg"), WIDTHS);

        assertEquals(List.of("400×600", "600×900"), sizes(copies));
        copies.forEach(ImageResizerJdkAdapterTest::assertIsTheJpegItSays);
    }

    @Test
    void aPhotoNarrowerThanEveryTargetStillGetsOneCopy() {
        List<Resized> copies = resizer.resize(photo(300, 450, "jpg"), WIDTHS);

        assertEquals(List.of("300×450"), sizes(copies));
        assertIsTheJpegItSays(copies.get(0));
    }

    @ParameterizedTest(name = "{0} px wide → {1}")
    @CsvSource(delimiter = ';', value = {
            "3000; 400,800,1200",
            "1200; 400,800,1200",
            "1199; 400,800,1199",
            "800; 400,800",
            "600; 400,600",
            "400; 400",
            "120; 120"})
    void widthsAreTheTargetsNoWiderThanThePhotoPlusItsOwnWhenNarrower(int sourceWidth, String expected) {
        List<Integer> widths = Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();
        assertEquals(widths, ImageResizerJdkAdapter.widthsFor(sourceWidth, List.of(1200, 400, 800)));
    }

    @Test
    void aNoisyHugePhotoStillGivesEveryCopyUnderThreeHundredKilobytes() {
        List<Resized> copies = resizer.resize(noise(4000, 6000), WIDTHS);

        assertEquals(List.of("400×600", "800×1200", "1200×1800"), sizes(copies));
        for (Resized copy : copies) {
            assertTrue(copy.jpeg().length < ImageResizer.MAX_BYTES, copy.width() + " px: " + copy.jpeg().length);
            assertTrue(copy.jpeg().length < 300 * 1000);
            assertIsTheJpegItSays(copy);
        }
    }

    @Test
    void theQualityIsLoweredUntilACopyFits() {
        BufferedImage noise = noiseImage(1000, 1500); // its own width: no downscaling smooths the noise
        assertTrue(ImageResizerJdkAdapter.encode(noise, ImageResizerJdkAdapter.QUALITIES[0]).length
                > ImageResizer.MAX_BYTES, "too large at the first quality");

        List<Resized> copies = resizer.resize(ImageResizerJdkAdapter.encode(noise, 0.9f), WIDTHS);

        assertEquals(List.of("400×600", "800×1200", "1000×1500"), sizes(copies));
        copies.forEach(ImageResizerJdkAdapterTest::assertIsTheJpegItSays);
    }

    @Test
    void aCopyThatFitsAtNoQualityIsLeftOut() {
        List<Resized> copies = resizer.resize(noise(1200, 6000), WIDTHS); // 7.2 megapixels of noise at 1200 px

        assertEquals(List.of("400×2000", "800×4000"), sizes(copies));
        copies.forEach(ImageResizerJdkAdapterTest::assertIsTheJpegItSays);
    }

    @Test
    void copiesAreBaselineJpegsWithoutMetadata() {
        for (Resized copy : resizer.resize(photo(1600, 1200, "jpg"), WIDTHS)) {
            List<Integer> markers = markers(copy.jpeg());
            assertTrue(markers.contains(0xC0), "baseline (SOF0): " + hex(markers));
            assertFalse(markers.contains(0xC2), "not progressive (SOF2)");
            assertFalse(markers.contains(0xE1), "no EXIF/XMP (APP1)");
            assertFalse(markers.contains(0xE2), "no ICC profile (APP2)");
            assertFalse(markers.contains(0xFE), "no comment (COM)");
        }
    }

    @Test
    void transparencyIsFlattenedOntoWhite() throws IOException {
        BufferedImage clear = new BufferedImage(900, 600, BufferedImage.TYPE_INT_ARGB); // fully transparent
        List<Resized> copies = resizer.resize(encode(clear, "png"), WIDTHS);

        assertEquals(List.of("400×267", "800×533", "900×600"), sizes(copies));
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(copies.get(0).jpeg()));
        assertEquals(3, copy.getColorModel().getNumComponents(), "RGB, no alpha");
        Color centre = new Color(copy.getRGB(200, 133));
        assertTrue(centre.getRed() > 245 && centre.getGreen() > 245 && centre.getBlue() > 245, centre.toString());
    }

    @Test
    void aGreyPhotoBecomesAnRgbJpeg() throws IOException {
        BufferedImage grey = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLACK, 1000, 800, Color.WHITE));
        g.fillRect(0, 0, 1000, 800);
        g.dispose();

        List<Resized> copies = resizer.resize(encode(grey, "jpg"), WIDTHS);

        assertEquals(List.of("400×320", "800×640", "1000×800"), sizes(copies));
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(copies.get(1).jpeg()));
        assertEquals(3, copy.getColorModel().getNumComponents());
    }

    @Test
    void damagedOrForeignBytesAreRefusedAsUnreadable() {
        byte[] jpeg = photo(800, 600, "jpg");
        assertThrows(UnreadableImageException.class,
                () -> resizer.resize("not a picture at all".getBytes(), WIDTHS));
        assertThrows(UnreadableImageException.class, () -> resizer.resize(Arrays.copyOf(jpeg, 40), WIDTHS));
        assertThrows(UnreadableImageException.class, () -> resizer.resize(new byte[0], WIDTHS));
        assertThrows(UnreadableImageException.class, () -> resizer.resize(null, WIDTHS));
    }

    @Test
    void targetWidthsMustMakeSense() {
        byte[] jpeg = photo(800, 600, "jpg");
        assertThrows(IllegalArgumentException.class, () -> resizer.resize(jpeg, List.of()));
        assertThrows(IllegalArgumentException.class, () -> resizer.resize(jpeg, List.of(400, 0)));
    }

    // ---- helpers

    private static List<String> sizes(List<Resized> copies) {
        return copies.stream().map(c -> c.width() + "×" + c.height()).toList();
    }

    /** The bytes decode to a JPEG of the size the copy claims, under the preview limit. */
    private static void assertIsTheJpegItSays(Resized copy) {
        try {
            assertEquals(0xFF, copy.jpeg()[0] & 0xFF);
            assertEquals(0xD8, copy.jpeg()[1] & 0xFF);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(copy.jpeg()));
            assertNotNull(decoded);
            assertEquals(copy.width(), decoded.getWidth());
            assertEquals(copy.height(), decoded.getHeight());
            assertTrue(copy.jpeg().length < ImageResizer.MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A picture with smooth areas and edges, roughly what a product photo compresses like. */
    private static byte[] photo(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(180, 20, 40), width, height, new Color(240, 200, 90)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 60, 140));
        for (int i = 0; i < 12; i++) {
            g.fillOval(width * i / 12, height * i / 12, width / 6, height / 8);
        }
        g.dispose();
        return encode(image, format);
    }

    /** Every pixel random: the worst case for JPEG. */
    private static byte[] noise(int width, int height) {
        return ImageResizerJdkAdapter.encode(noiseImage(width, height), 0.9f);
    }

    private static BufferedImage noiseImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = random.nextInt(0x1000000);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG markers before the image data (SOI … SOS). */
    private static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    private static List<String> hex(List<Integer> markers) {
        return markers.stream().map(Integer::toHexString).toList();
    }
}
