package com.rangoliboutique.imaging;

import com.rangoliboutique.imaging.Decoding.Decoded;
import java.awt.image.BufferedImage;

/**
 * A photo someone sent, made clean: size limit; format by content (JPEG, PNG or WebP); dimensions from the header
 * only; decode; EXIF orientation applied; transparency flattened onto white; long side capped; re-encoded as a JPEG
 * without metadata (EXIF, GPS, ICC and comments are dropped). In memory only and thread-safe: it holds only its
 * limits.
 */
public final class PhotoPipeline {

    /** The largest photo the owner may send. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MIN_SIDE = 100;
    public static final int MAX_LONG_SIDE = 4096;
    static final float JPEG_QUALITY = 0.9f;

    /** A clean photo or a {@link Refusal}. */
    public sealed interface Outcome permits Cleaned, Refusal {
    }

    /** A clean JPEG: no metadata, upright, at most {@value #MAX_LONG_SIDE} px on the long side. */
    public record Cleaned(byte[] jpeg, int width, int height) implements Outcome {
    }

    private final DecodeLimits limits;

    public PhotoPipeline() {
        this(MAX_BYTES, MAX_PIXELS);
    }

    public PhotoPipeline(long maxBytes, long maxPixels) {
        this.limits = DecodeLimits.photos(maxBytes, maxPixels, MIN_SIDE);
    }

    public Outcome clean(byte[] bytes) {
        try {
            Decoding decoding = ImageDecoder.decode(bytes, limits);
            if (decoding instanceof Refusal refusal) {
                return refusal;
            }
            Decoded decoded = (Decoded) decoding;
            BufferedImage upright = Resize.uprightOnWhite(decoded.image(), decoded.orientation(), MAX_LONG_SIDE);
            return new Cleaned(Jpeg.encode(upright, JPEG_QUALITY), upright.getWidth(), upright.getHeight());
        } catch (RuntimeException e) {
            return new Refusal.Damaged(e);
        }
    }
}
