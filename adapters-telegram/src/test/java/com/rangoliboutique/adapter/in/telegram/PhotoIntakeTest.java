package com.rangoliboutique.adapter.in.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rangoliboutique.adapter.in.telegram.PhotoIntake.Accepted;
import com.rangoliboutique.adapter.in.telegram.PhotoIntake.Refused;
import com.rangoliboutique.adapter.in.telegram.PhotoIntake.Result;
import com.rangoliboutique.imaging.ExifOrientation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoIntakeTest {

    private static final String NOT_A_PHOTO = "That file is not a photo — send a JPEG, PNG or WebP picture.";
    private static final String DAMAGED = "That picture is damaged and cannot be opened.";

    /** Not a speed target (those live in bench/): only a refusal that hangs runs into it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private final PhotoIntake intake = new PhotoIntake();

    /**
     * The WebP encoder this test uses to make its WebP pictures brings a WebP reader as well, which the deployed bot
     * does not have; ImageIO orders the two readers differently from run to run, and the bot takes the first. Only the
     * reader the bot ships with (TwelveMonkeys) stays registered, so every run reads WebP as production does.
     */
    @BeforeAll
    static void onlyTheWebpReaderTheBotShipsWith() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        Iterator<ImageReaderSpi> readers = registry.getServiceProviders(ImageReaderSpi.class, true);
        List<ImageReaderSpi> foreign = new ArrayList<>();
        readers.forEachRemaining(spi -> {
            if (Arrays.stream(spi.getFormatNames()).anyMatch("webp"::equalsIgnoreCase)
                    && !spi.getClass().getName().startsWith("com.twelvemonkeys.")) {
                foreign.add(spi);
            }
        });
        foreign.forEach(spi -> registry.deregisterServiceProvider(spi, ImageReaderSpi.class));
        assertTrue(ImageIO.getImageReadersByFormatName("webp").hasNext(), "the bot's own WebP reader is registered");
    }

    // ---- accepted ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png", "webp"})
    void jpegPngAndWebpAreAcceptedAndComeOutAsAJpegOfTheSameSize(String format) {
        byte[] input = encode(flat(640, 480, new Color(200, 30, 90)), format);

        Accepted accepted = accepted(intake.accept(input));

        assertEquals(640, accepted.width());
        assertEquals(480, accepted.height());
        BufferedImage out = decodeJpeg(accepted.jpeg());
        assertEquals(640, out.getWidth());
        assertEquals(480, out.getHeight());
        assertColour(new Color(200, 30, 90), out, 320, 240);
    }

    @Test
    void exifWithGpsIsStrippedAndOrientationSixTurnsThePictureUpright() {
        byte[] input = withExif(encode(corners(400, 200), "jpeg"), 6);
        assertTrue(contains(input, "Rangoli-Secret-Phone"), "test input carries the EXIF block");

        Accepted accepted = accepted(intake.accept(input));

        assertEquals(200, accepted.width());
        assertEquals(400, accepted.height());
        assertFalse(contains(accepted.jpeg(), "Exif"), "no EXIF left");
        assertFalse(contains(accepted.jpeg(), "Rangoli-Secret-Phone"), "no camera/GPS data left");
        List<Integer> appMarkers = markersBeforeScan(accepted.jpeg()).stream()
                .filter(m -> m >= 0xE1 && m <= 0xEF).toList();
        assertEquals(List.of(), appMarkers, "no APP1..APP15 segment (EXIF, XMP, ICC, Photoshop)");
        BufferedImage out = decodeJpeg(accepted.jpeg());
        assertColour(Color.RED, out, 159, 40);     // stored top-left is now top-right
        assertColour(Color.GREEN, out, 159, 359);  // stored top-right is now bottom-right
    }

    @ParameterizedTest(name = "orientation {0}: stored top-left lands {1}, stored top-right lands {2}")
    @CsvSource({
            "1, TOP_LEFT, TOP_RIGHT",
            "2, TOP_RIGHT, TOP_LEFT",
            "3, BOTTOM_RIGHT, BOTTOM_LEFT",
            "4, BOTTOM_LEFT, BOTTOM_RIGHT",
            "5, TOP_LEFT, BOTTOM_LEFT",
            "6, TOP_RIGHT, BOTTOM_RIGHT",
            "7, BOTTOM_RIGHT, TOP_RIGHT",
            "8, BOTTOM_LEFT, TOP_LEFT"})
    void everyExifOrientationIsAppliedAsCamerasMeanIt(int orientation, Corner red, Corner green) {
        Accepted accepted = accepted(intake.accept(withExif(encode(corners(400, 200), "jpeg"), orientation)));

        boolean turned = orientation >= 5;
        assertEquals(turned ? 200 : 400, accepted.width());
        assertEquals(turned ? 400 : 200, accepted.height());
        BufferedImage out = decodeJpeg(accepted.jpeg());
        assertColour(Color.RED, out, red.x(out), red.y(out));
        assertColour(Color.GREEN, out, green.x(out), green.y(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "webp"})
    void transparentAreasBecomeWhite(String format) {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB); // all transparent black
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(150, 0, 150, 200);
        g.dispose();

        BufferedImage out = decodeJpeg(accepted(intake.accept(encode(image, format))).jpeg());

        assertColour(Color.WHITE, out, 60, 100);
        assertColour(Color.RED, out, 240, 100);
    }

    @Test
    void aVeryLongPictureIsScaledDownToAtMost4096OnTheLongSide() {
        Accepted accepted = accepted(intake.accept(encode(flat(5000, 1000, Color.BLUE), "png")));

        assertEquals(4096, accepted.width());
        assertEquals(819, accepted.height());
        BufferedImage out = decodeJpeg(accepted.jpeg());
        assertEquals(4096, out.getWidth());
        assertColour(Color.BLUE, out, 2000, 400);
    }

    @Test
    void aBrokenExifBlockIsIgnoredNotFatal() {
        byte[] jpeg = encode(flat(300, 200, Color.ORANGE), "jpeg");
        // "Exif" + a TIFF header whose first IFD offset points far beyond the segment
        byte[] tiff = {'M', 'M', 0, 42, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0};

        Accepted accepted = accepted(intake.accept(insertApp1(jpeg, tiff)));

        assertEquals(300, accepted.width());
        assertEquals(200, accepted.height());
    }

    @Test
    void readsTheExifOrientationFromLittleEndianTiffToo() {
        byte[] tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 8)
                .putShort((short) 0).putInt(0).array();
        byte[] jpeg = insertApp1(encode(flat(300, 200, Color.GRAY), "jpeg"), tiff);

        assertEquals(8, ExifOrientation.read(jpeg));
        Accepted accepted = accepted(intake.accept(jpeg));
        assertArrayEquals(new int[] {200, 300}, new int[] {accepted.width(), accepted.height()});
    }

    @Test
    void harmlessJpegQuirksCameraFilesHaveAreAccepted() {
        byte[] jpeg = encode(flat(300, 200, Color.ORANGE), "jpeg");
        // a motion photo / maker trailer after the end-of-image marker
        byte[] trailer = Arrays.copyOf(jpeg, jpeg.length + 5000);
        // stray bytes before the scan marker: decoders warn "extraneous bytes before marker" and carry on
        int sos = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA});
        byte[] stray = new byte[jpeg.length + 3];
        System.arraycopy(jpeg, 0, stray, 0, sos);
        System.arraycopy(jpeg, sos, stray, sos + 3, jpeg.length - sos);

        assertEquals(300, accepted(intake.accept(trailer)).width());
        assertEquals(300, accepted(intake.accept(stray)).width());
    }

    @Test
    void isSafeToUseFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int width = 200 + i;
                String format = List.of("jpeg", "png", "webp").get(i % 3);
                results.add(pool.submit(() -> intake.accept(encode(flat(width, 150, Color.CYAN), format))));
            }
            for (int i = 0; i < results.size(); i++) {
                Accepted accepted = accepted(results.get(i).get());
                assertEquals(200 + i, accepted.width());
                assertEquals(150, accepted.height());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- refused: not a photo ----------------------------------------------------------------------------------

    static Stream<Arguments> notPhotos() {
        byte[] text = "Price: 12000\nTitle: Silk saree\n".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("GIF", encode(flat(200, 200, Color.PINK), "gif")),
                Arguments.of("PDF", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("HEIC", new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0}),
                Arguments.of("BMP", encode(flat(200, 200, Color.PINK), "bmp")),
                Arguments.of("text (also when named saree.jpg: only the bytes count)", text),
                Arguments.of("empty", new byte[0]),
                Arguments.of("RIFF that is not WebP (a WAV)", "RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("only the first JPEG bytes", new byte[] {(byte) 0xFF, (byte) 0xD8}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPhotos")
    void anythingButJpegPngOrWebpByContentIsRefusedAsNotAPhoto(String what, byte[] bytes) {
        assertEquals(NOT_A_PHOTO, refused(intake.accept(bytes)));
    }

    @Test
    void nullIsRefusedAsNotAPhoto() {
        assertEquals(NOT_A_PHOTO, refused(intake.accept(null)));
    }

    // ---- refused: too big --------------------------------------------------------------------------------------

    @Test
    void overTenMegabytesIsRefusedBeforeDecoding() {
        // a real, decodable JPEG padded past the limit: only the size check can refuse it
        byte[] jpeg = encode(flat(2000, 1500, Color.GRAY), "jpeg");
        byte[] exactly = Arrays.copyOf(jpeg, 10 * 1024 * 1024);
        byte[] oversize = Arrays.copyOf(jpeg, 10 * 1024 * 1024 + 1);
        long before = allocatedSoFar();
        assertTrue(accepted(intake.accept(exactly)).width() > 0, "exactly 10 MB passes");
        long decoding = allocatedSoFar() - before;

        Refusal refusal = refusalOf(oversize);

        assertEquals("That photo is over the 10 MB limit. Send it compressed, or as a smaller file.", refusal.reason());
        // decoding the same picture allocates its 3 megapixels (12 MB and more); a size check next to nothing
        assertTrue(refusal.allocated() < decoding / 10, "refusing allocated " + refusal.allocated() + " bytes, decoding "
                + decoding);
    }

    @Test
    void aClearlyOversizePhotoIsToldItsSize() {
        byte[] bytes = Arrays.copyOf(encode(flat(300, 200, Color.GRAY), "jpeg"), 14_890_000);

        assertEquals("That photo is 14.2 MB — the limit is 10 MB. Send it compressed, or as a smaller file.",
                refused(intake.accept(bytes)));
    }

    // ---- refused: too many pixels, read from the header only ---------------------------------------------------

    @Test
    void aPngBombClaiming100000x100000IsRefusedFromItsHeaderWithoutAllocatingPixels() {
        byte[] bomb = pngClaiming(100_000, 100_000);
        assertTrue(bomb.length < 200, "a tiny file");

        Refusal refusal = refusalOf(bomb);

        assertEquals("That picture is 100000×100000 pixels (10000 megapixels) — the limit is 40 megapixels.",
                refusal.reason());
        assertTrue(refusal.allocated() < 8L * 1024 * 1024, "its pixels would be 30 GB; refusing allocated "
                + refusal.allocated());
    }

    @Test
    void aJpegClaiming12000x9000IsRefusedAsTooManyMegapixels() {
        byte[] jpeg = encode(flat(200, 100, Color.GRAY), "jpeg");
        int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 9000).putShort((short) 12000);

        assertEquals("That picture is 12000×9000 pixels (108 megapixels) — the limit is 40 megapixels.",
                refused(intake.accept(jpeg)));
    }

    @Test
    void aWebpClaiming16384x16384IsRefusedAsTooManyMegapixels() {
        // RIFF/WEBP with a VP8L chunk: signature 0x2F, then 14 bits width-1, 14 bits height-1 (little-endian), then a
        // little of the image stream (the bot's reader wants a few bytes past the header before it tells the size)
        ByteBuffer webp = ByteBuffer.allocate(34).order(ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(26).put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(14).put((byte) 0x2F).putInt(0x3FFF | 0x3FFF << 14);

        assertEquals("That picture is 16384×16384 pixels (268 megapixels) — the limit is 40 megapixels.",
                refused(intake.accept(webp.array())));
    }

    @Test
    void justOverTheLimitSaysByHowMuchWithoutRoundingItAway() {
        byte[] bomb = pngClaiming(6400, 6300); // 40.32 MP

        assertEquals("That picture is 6400×6300 pixels (40.3 megapixels) — the limit is 40 megapixels.",
                refused(intake.accept(bomb)));
    }

    // ---- refused: too small, damaged ---------------------------------------------------------------------------

    @Test
    void aPictureUnder100PixelsOnASideIsTooSmallToShowAGarment() {
        assertEquals("That picture is 50×50 pixels — too small to show a garment. Send one at least 100 pixels on each side.",
                refused(intake.accept(encode(flat(50, 50, Color.GRAY), "png"))));
        assertEquals("That picture is 1000×60 pixels — too small to show a garment. Send one at least 100 pixels on each side.",
                refused(intake.accept(encode(flat(1000, 60, Color.GRAY), "jpeg"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png", "webp"})
    void aTruncatedPictureIsDamaged(String format) {
        byte[] whole = encode(noise(400, 300), format);
        byte[] truncated = Arrays.copyOf(whole, whole.length * 6 / 10);

        assertEquals(DAMAGED, refused(intake.accept(truncated)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png"})
    void theRightMagicBytesFollowedByGarbageAreDamaged(String format) {
        byte[] magic = Arrays.copyOf(encode(flat(200, 200, Color.GRAY), format), format.equals("png") ? 8 : 3);
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        byte[] bytes = Arrays.copyOf(magic, magic.length + garbage.length);
        System.arraycopy(garbage, 0, bytes, magic.length, garbage.length);

        assertEquals(DAMAGED, refused(intake.accept(bytes)));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT;

        int x(BufferedImage image) {
            return this == TOP_LEFT || this == BOTTOM_LEFT ? 40 : image.getWidth() - 41;
        }

        int y(BufferedImage image) {
            return this == TOP_LEFT || this == TOP_RIGHT ? 40 : image.getHeight() - 41;
        }
    }

    private record Refusal(String reason, long allocated) {
    }

    /** The refusal of {@code bytes} and the bytes allocated to reach it; the time-out only guards against a hang. */
    private Refusal refusalOf(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            long before = allocatedSoFar();
            String reason = refused(intake.accept(bytes));
            return new Refusal(reason, allocatedSoFar() - before);
        });
    }

    /** What the calling thread has allocated so far (HotSpot counts it per thread). */
    private static long allocatedSoFar() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static Accepted accepted(Result result) {
        return assertInstanceOf(Accepted.class, result, () -> "refused: " + result);
    }

    private static String refused(Result result) {
        return assertInstanceOf(Refused.class, result, "expected a refusal").reason();
    }

    private static BufferedImage flat(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Blue, with an 80×80 red block at the top-left and a green one at the top-right. */
    private static BufferedImage corners(int width, int height) {
        BufferedImage image = flat(width, height, Color.BLUE);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 80, 80);
        g.setColor(Color.GREEN);
        g.fillRect(width - 80, 0, 80, 80);
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** JDK writers for JPEG/PNG/GIF/BMP; webp-imageio (test scope) for WebP. */
    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try (var stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decodeJpeg(byte[] jpeg) {
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertNotNull(image, "output decodes");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertColour(Color expected, BufferedImage image, int x, int y) {
        Color actual = new Color(image.getRGB(x, y));
        int distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 40, () -> "at " + x + "," + y + " expected " + expected + " but was " + actual);
    }

    /**
     * The JPEG with an APP1 Exif block right after SOI: IFD0 with Make, Orientation and a GPS IFD (latitude), as a
     * phone camera writes them (big-endian TIFF).
     */
    private static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] make = "Rangoli-Secret-Phone\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(104 + make.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);                                                               // IFD0 at 8
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(104);      // Make
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);                 // GPS IFD pointer
        tiff.putInt(0);
        tiff.putShort((short) 2);                                                               // GPS IFD at 50
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);                      // GPSLatitude
        tiff.putInt(0);
        tiff.putInt(19).putInt(1).putInt(4).putInt(1).putInt(3600).putInt(100);                 // 19° 4' 36" at 80
        tiff.put(make);                                                                          // at 104
        return insertApp1(jpeg, tiff.array());
    }

    private static byte[] insertApp1(byte[] jpeg, byte[] tiff) {
        int length = 2 + 6 + tiff.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length)
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** The markers of the segments before the first scan. */
    private static List<Integer> markersBeforeScan(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF);
        }
        assertTrue(markers.contains(0xDA), "a well-formed JPEG with a scan");
        return markers;
    }

    /** A well-formed PNG (IHDR with a correct CRC, a tiny IDAT, IEND) whose header claims the given size. */
    private static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1000]);
        deflater.finish();
        byte[] idat = new byte[100];
        chunk(png, "IDAT", Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
