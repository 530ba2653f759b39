package com.rangoliboutique.imaging;

import com.rangoliboutique.imaging.DecodeLimits.Accepts;
import com.rangoliboutique.imaging.Decoding.Decoded;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Bytes to pixels with ImageIO, refusing what is too big before decoding: the size of the input first, then the
 * dimensions from the header only, so a decompression bomb is refused before any pixel is allocated. In memory only
 * (no temp files); thread-safe.
 */
public final class ImageDecoder {

    private ImageDecoder() {
    }

    public static Decoding decode(byte[] bytes, DecodeLimits limits) {
        if (bytes != null && bytes.length > limits.maxBytes()) {
            return new Refusal.TooLarge(bytes.length, limits.maxBytes());
        }
        Optional<ImageFormat> format = Optional.empty();
        if (limits.accepts() == Accepts.PHOTOS) {
            format = ImageFormat.sniff(bytes);
            if (format.isEmpty()) {
                return new Refusal.NotAPicture();
            }
        }
        if (format.orElse(null) == ImageFormat.WEBP) {
            Optional<int[]> size = WebpHeader.dimensions(bytes);
            if (size.isEmpty()) {
                return new Refusal.Damaged(null);
            }
            Optional<Refusal> tooBig = checkSize(size.get()[0], size.get()[1], limits);
            if (tooBig.isPresent()) {
                return tooBig.get();
            }
        }
        List<String> warnings = new ArrayList<>();
        BufferedImage decoded;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader;
            if (format.isPresent()) {
                reader = reader(format.get());
            } else {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return new Refusal.NotAPicture();
                }
                reader = readers.next();
            }
            try {
                // metadata is only needed for JPEG photos (its ICC/Adobe segments steer the colour conversion);
                // skipping it for PNG also skips inflating text chunks
                reader.setInput(in, true, format.isEmpty() || format.get() != ImageFormat.JPEG);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                Optional<Refusal> tooBig = checkSize(reader.getWidth(0), reader.getHeight(0), limits);
                if (tooBig.isPresent()) {
                    return tooBig.get();
                }
                decoded = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // readers signal corrupt data with IIOException, EOFException, but also IndexOutOfBounds & co.
            return new Refusal.Damaged(e);
        }
        if (limits.accepts() == Accepts.PHOTOS && warnings.stream().anyMatch(ImageDecoder::meansDamaged)) {
            return new Refusal.Damaged(null);
        }
        int orientation = format.orElse(null) == ImageFormat.JPEG ? ExifOrientation.read(bytes) : 1;
        return new Decoded(decoded, orientation);
    }

    private static Optional<Refusal> checkSize(int width, int height, DecodeLimits limits) {
        if ((long) width * height > limits.maxPixels()) {
            return Optional.of(new Refusal.TooManyPixels(width, height, limits.maxPixels()));
        }
        if (Math.min(width, height) < limits.minSide()) {
            return Optional.of(new Refusal.TooSmall(width, height, limits.minSide()));
        }
        if (Math.max(width, height) > limits.maxSide()) {
            return Optional.of(new Refusal.SideTooLong(width, height, limits.maxSide()));
        }
        return Optional.empty();
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

    private static ImageReader reader(ImageFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new IOException("no ImageIO reader for " + format);
        }
        return readers.next(); // any: the limits were checked on the header already (WebpHeader for WebP)
    }
}
