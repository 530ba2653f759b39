package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageResizer;
import jakarta.inject.Singleton;
import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Resized copies with the JDK's ImageIO: decode once, flatten onto white in sRGB, downscale each width with
 * Thumbnailator (progressive bilinear), encode a baseline JPEG without metadata at the highest quality of
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
            BufferedImage scaled = width == source.getWidth() ? source : scale(source, width, height);
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
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImageException("not an image ImageIO can read (" + bytes.length + " bytes)", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new UnreadableImageException("image too large to resize: " + width + "×" + height + " px",
                            null);
                }
                return onWhiteSrgb(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException unreadable) {
                throw unreadable;
            }
            // readers report corrupt data with IIOException, but also IndexOutOfBounds, IllegalArgument & co.
            throw new UnreadableImageException("damaged image (" + bytes.length + " bytes): " + e.getMessage(), e);
        }
    }

    /** 8-bit RGB in sRGB: alpha flattened onto white, grey and other colour spaces converted. */
    private static BufferedImage onWhiteSrgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static BufferedImage scale(BufferedImage source, int width, int height) {
        try {
            return Thumbnails.of(source).forceSize(width, height).imageType(BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException("resizing to " + width + "×" + height + " px failed", e);
        }
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
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            if (param instanceof JPEGImageWriteParam jpegParam) {
                jpegParam.setOptimizeHuffmanTables(true);
            }
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
