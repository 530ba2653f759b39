package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.imaging.DecodeLimits;
import com.rangoliboutique.imaging.Decoding;
import com.rangoliboutique.imaging.Flatten;
import com.rangoliboutique.imaging.ImageDecoder;
import com.rangoliboutique.imaging.Jpeg;
import com.rangoliboutique.imaging.Refusal;
import com.rangoliboutique.imaging.Resize;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Resized copies with the JDK's ImageIO (through {@code imaging}): decode once, flatten onto white in sRGB, downscale
 * each width with Thumbnailator (progressive bilinear), encode a baseline JPEG without metadata at the highest quality of
 * {@link #QUALITIES} that stays under {@link ImageResizer#MAX_BYTES}. Thread-safe: it holds no state.
 */
@Singleton
final class ImageResizerJdkAdapter implements ImageResizer {

    private static final Logger LOG = LoggerFactory.getLogger(ImageResizerJdkAdapter.class);

    /**
     * Tried in order until a copy fits. A product photo fits at the first step; the steps below 0.5 only exist for
     * pictures made of fine noise, which no quality makes look good anyway.
     */
    static final float[] QUALITIES = {0.82f, 0.76f, 0.70f, 0.64f, 0.58f, 0.50f, 0.40f, 0.30f, 0.20f, 0.10f};

    /** Bigger than any photo we store (the owner's are capped at 4096 px): refused before the pixels are decoded. */
    static final long MAX_PIXELS = 50_000_000L;

    @Override
    public List<Resized> resize(byte[] jpeg, List<Integer> widths) {
        if (widths == null || widths.isEmpty() || widths.stream().anyMatch(w -> w == null || w < 1)) {
            throw new IllegalArgumentException("target widths must be 1 px or more, were " + widths);
        }
        BufferedImage source = decode(jpeg);
        List<Resized> copies = new ArrayList<>();
        for (int width : widthsFor(source.getWidth(), widths)) {
            int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
            BufferedImage scaled = width == source.getWidth() ? source : Resize.toSize(source, width, height);
            encodeUnderLimit(scaled).ifPresentOrElse(bytes -> copies.add(new Resized(width, height, bytes)),
                    () -> LOG.warn("No {}×{} px copy: it does not fit in {} bytes even at JPEG quality {}", width,
                            height, MAX_BYTES, QUALITIES[QUALITIES.length - 1]));
        }
        if (copies.isEmpty()) {
            throw new IllegalStateException("no copy of the " + source.getWidth() + "×" + source.getHeight()
                    + " px picture fits in " + MAX_BYTES + " bytes");
        }
        return copies;
    }

    /**
     * The targets no wider than the picture, narrowest first; the picture's own width as the widest when it is
     * narrower than the widest target.
     */
    static List<Integer> widthsFor(int sourceWidth, List<Integer> targets) {
        TreeSet<Integer> widths = new TreeSet<>();
        targets.stream().filter(w -> w <= sourceWidth).forEach(widths::add);
        if (sourceWidth < targets.stream().mapToInt(Integer::intValue).max().orElseThrow()) {
            widths.add(sourceWidth);
        }
        return List.copyOf(widths);
    }

    private static BufferedImage decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableImageException("no image bytes", null);
        }
        Decoding decoding = ImageDecoder.decode(bytes, DecodeLimits.anyFormat(MAX_PIXELS, 1, Integer.MAX_VALUE));
        if (decoding instanceof Decoding.Decoded decoded) {
            return Flatten.onWhite(decoded.image());
        }
        if (decoding instanceof Refusal.TooManyPixels tooMany) {
            throw new UnreadableImageException("image too large to resize: " + tooMany.width() + "×" + tooMany.height()
                    + " px", null);
        }
        if (decoding instanceof Refusal.Damaged damaged) {
            // readers report corrupt data with IIOException, but also IndexOutOfBounds, IllegalArgument & co.
            Exception cause = damaged.cause();
            throw new UnreadableImageException("damaged image (" + bytes.length + " bytes): "
                    + (cause == null ? null : cause.getMessage()), cause);
        }
        throw new UnreadableImageException("not an image ImageIO can read (" + bytes.length + " bytes)", null);
    }

    /** The JPEG at the best quality that is smaller than the limit; empty when none is. */
    private static Optional<byte[]> encodeUnderLimit(BufferedImage image) {
        for (float quality : QUALITIES) {
            byte[] jpeg = encode(image, quality);
            if (jpeg.length < MAX_BYTES) {
                return Optional.of(jpeg);
            }
        }
        return Optional.empty();
    }

    /** Baseline JPEG (4:2:0, optimised Huffman tables), no EXIF, ICC profile or comments. */
    static byte[] encode(BufferedImage image, float quality) {
        return Jpeg.encodeCompact(image, quality);
    }
}
