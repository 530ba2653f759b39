package com.rangoliboutique.adapter.in.telegram;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns the bytes the owner sent into a clean JPEG, or into a refusal the owner understands.
 * <p>
 * In order: size limit; format by content (JPEG, PNG or WebP magic bytes, never the file name); dimensions from the
 * header only, so a decompression bomb is refused before any pixel is allocated; decode; EXIF orientation applied;
 * transparency flattened onto white; long side capped; re-encoded as a JPEG written without metadata (EXIF, GPS, ICC
 * and comments are dropped). Works in memory only (no temp files) and is thread-safe: it holds only its limits.
 */
public final class PhotoIntake {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    static final int MIN_SIDE = 100;
    static final int MAX_LONG_SIDE = 4096;
    static final float JPEG_QUALITY = 0.9f;

    static final String NOT_A_PHOTO = "That file is not a photo — send a JPEG, PNG or WebP picture.";
    static final String DAMAGED = "That picture is damaged and cannot be opened.";

    /** What became of the bytes. */
    public sealed interface Result permits Accepted, Refused {
    }

    /** A clean JPEG (no metadata, upright, at most {@value #MAX_LONG_SIDE} px on the long side). */
    public record Accepted(byte[] jpeg, int width, int height) implements Result {
    }

    /** Why not, in one line for the owner. */
    public record Refused(String reason) implements Result {
    }

    private enum Format { JPEG, PNG, WEBP }

    private final long maxBytes;
    private final long maxPixels;

    public PhotoIntake() {
        this(MAX_BYTES, MAX_PIXELS);
    }

    public PhotoIntake(long maxBytes, long maxPixels) {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    public Result accept(byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            return new Refused(tooLarge(bytes.length));
        }
        Format format = sniff(bytes);
        if (format == null) {
            return new Refused(NOT_A_PHOTO);
        }
        try {
            return decodeAndClean(bytes, format);
        } catch (IOException | RuntimeException e) {
            // readers signal corrupt data with IIOException, EOFException, but also IndexOutOfBounds & co.
            return new Refused(DAMAGED);
        }
    }

    private Result decodeAndClean(byte[] bytes, Format format) throws IOException {
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        BufferedImage decoded;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            // metadata is only needed for JPEG (its ICC/Adobe segments steer the colour conversion); skipping it for
            // PNG also skips inflating text chunks
            reader.setInput(in, true, format != Format.JPEG);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (pixels > maxPixels) {
                return new Refused(tooManyPixels(width, height, pixels));
            }
            if (width < MIN_SIDE || height < MIN_SIDE) {
                return new Refused(tooSmall(width, height));
            }
            decoded = reader.read(0);
        } finally {
            reader.dispose();
        }
        if (warnings.stream().anyMatch(PhotoIntake::meansDamaged)) {
            return new Refused(DAMAGED);
        }
        int orientation = format == Format.JPEG ? exifOrientation(bytes) : 1;
        BufferedImage upright = uprightOnWhite(decoded, orientation);
        return new Accepted(jpeg(upright), upright.getWidth(), upright.getHeight());
    }

    /**
     * The JPEG decoder does not throw on a truncated or corrupt scan: it warns and fills the rest with grey. Those
     * warnings mean the picture is damaged; others (e.g. "extraneous bytes before marker", common in camera files)
     * do not.
     */
    private static boolean meansDamaged(String warning) {
        String w = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        return w.contains("premature end") || w.contains("huffman") || w.contains("corrupt jpeg data: bad");
    }

    private static Format sniff(byte[] b) {
        if (b == null) {
            return null;
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Format.WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reader for {@code format}, chosen the same way every time: ImageIO's registry orders two plugins for the same
     * format as it likes (a WebP photo met the native libwebp reader in one run and TwelveMonkeys' in another, and only
     * the latter reads a header without decoding), so for WebP TwelveMonkeys' pure-Java reader wins when it is there.
     */
    private static ImageReader reader(Format format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new IOException("no ImageIO reader for " + format);
        }
        if (format != Format.WEBP) {
            return readers.next(); // JPEG and PNG: TwelveMonkeys orders itself before the JDK's own reader
        }
        List<ImageReader> all = new ArrayList<>();
        readers.forEachRemaining(all::add);
        ImageReader chosen = all.stream()
                .filter(r -> r.getClass().getName().startsWith("com.twelvemonkeys."))
                .findFirst()
                .orElseGet(() -> all.stream().min(java.util.Comparator.comparing(r -> r.getClass().getName())).orElseThrow());
        all.stream().filter(r -> r != chosen).forEach(ImageReader::dispose);
        return chosen;
    }

    /** Orientation applied, scaled so the long side is at most {@value #MAX_LONG_SIDE}, alpha flattened onto white. */
    private static BufferedImage uprightOnWhite(BufferedImage source, int orientation) {
        // bilinear sampling aliases below half size: halve first (only extreme aspect ratios get there within 40 MP)
        while (Math.max(source.getWidth(), source.getHeight()) > 2 * MAX_LONG_SIDE) {
            source = halved(source);
        }
        boolean turned = orientation >= 5;
        int displayWidth = turned ? source.getHeight() : source.getWidth();
        int displayHeight = turned ? source.getWidth() : source.getHeight();
        double scale = Math.min(1.0, (double) MAX_LONG_SIDE / Math.max(displayWidth, displayHeight));
        int width = Math.max(1, (int) Math.round(displayWidth * scale));
        int height = Math.max(1, (int) Math.round(displayHeight * scale));
        AffineTransform transform = AffineTransform.getScaleInstance(
                (double) width / displayWidth, (double) height / displayHeight);
        transform.concatenate(orientation(orientation, source.getWidth(), source.getHeight()));

        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static BufferedImage halved(BufferedImage source) {
        int width = Math.max(1, source.getWidth() / 2);
        int height = Math.max(1, source.getHeight() / 2);
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = half.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return half;
    }

    /** Maps stored pixels (w×h) to displayed ones, for the eight EXIF orientations. */
    private static AffineTransform orientation(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turn 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // turn 90° anticlockwise
            default -> new AffineTransform();
        };
    }

    /** JPEG written with no metadata at all: no EXIF, GPS, ICC profile or comments survive. */
    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The EXIF orientation (tag 0x0112 in IFD0 of the first APP1 "Exif" segment), 1 when absent or unreadable.
     * Reads the JPEG's marker segments up to the first scan; every offset is bounds-checked.
     */
    static int exifOrientation(byte[] b) {
        int pos = 2;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {            // fill byte
                pos++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // start of scan / end of image: no more metadata
                return 1;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                pos += 2;
                continue;
            }
            int length = u16(b, pos + 2, false);
            if (length < 2) {
                return 1;
            }
            int start = pos + 4;
            int end = Math.min(b.length, pos + 2 + length);
            if (marker == 0xE1 && startsWith(b, start, 'E', 'x', 'i', 'f', 0, 0)) {
                return tiffOrientation(b, start + 6, end);
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little;
        if (startsWith(b, tiff, 'I', 'I')) {
            little = true;
        } else if (startsWith(b, tiff, 'M', 'M')) {
            little = false;
        } else {
            return 1;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > end) {
                return 1;
            }
            int e = (int) entry;
            if (u16(b, e, little) == 0x0112) {
                int type = u16(b, e + 2, little);
                int value = u16(b, e + 8, little);   // a SHORT sits in the first two bytes of the value field
                return type == 3 && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }

    private String tooLarge(long bytes) {
        String limit = megabytes(maxBytes);
        String size = megabytes(bytes);
        if (size.equals(limit)) {
            // e.g. a download cut off at limit + 1 byte: the true size is unknown, only that it is too much
            return "That photo is over the " + limit + " limit. Send it compressed, or as a smaller file.";
        }
        return "That photo is " + size + " — the limit is " + limit + ". Send it compressed, or as a smaller file.";
    }

    private String tooManyPixels(int width, int height, long pixels) {
        return "That picture is " + width + "×" + height + " pixels (" + megapixels(pixels, maxPixels)
                + " megapixels) — the limit is " + oneDecimal(maxPixels / 1_000_000.0) + " megapixels.";
    }

    private static String tooSmall(int width, int height) {
        return "That picture is " + width + "×" + height + " pixels — too small to show a garment. Send one at least "
                + MIN_SIDE + " pixels on each side.";
    }

    /** "14.2 MB", or "10 MB" for a round number. */
    private static String megabytes(long bytes) {
        return oneDecimal(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** "108", "40", or "40.3" where rounding would hide that it is over the limit. */
    private static String megapixels(long pixels, long limit) {
        double mp = pixels / 1_000_000.0;
        long whole = Math.round(mp);
        return whole * 1_000_000 > limit ? Long.toString(whole) : oneDecimal(mp);
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
