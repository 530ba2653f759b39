package com.rangoliboutique.imaging;

/**
 * What {@link ImageDecoder} accepts: which formats, and the limits checked before any pixel is decoded.
 *
 * @param maxBytes  larger inputs are {@link Refusal.TooLarge}
 * @param maxPixels pictures whose header claims more are {@link Refusal.TooManyPixels}
 * @param minSide   pictures with a shorter side are {@link Refusal.TooSmall}
 * @param maxSide   pictures with a longer side are {@link Refusal.SideTooLong}
 */
public record DecodeLimits(Accepts accepts, long maxBytes, long maxPixels, int minSide, int maxSide) {

    /** The formats decoded and how strictly. */
    public enum Accepts {
        /**
         * Photos someone sent: JPEG, PNG or WebP by their magic bytes and nothing else; the JPEG's colour metadata
         * (ICC, Adobe) steers the conversion and its EXIF orientation is read; a scan the reader only warns is
         * corrupt (it would fill the rest with grey) is {@link Refusal.Damaged}.
         */
        PHOTOS,
        /** Pictures we made or stored: any format an installed ImageIO reader recognises, metadata skipped. */
        ANY_IMAGEIO_FORMAT
    }

    public DecodeLimits {
        if (accepts == null) {
            throw new IllegalArgumentException("say which formats are accepted");
        }
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (minSide < 1 || maxSide < minSide) {
            throw new IllegalArgumentException("sides must be 1 ≤ min ≤ max, were " + minSide + " and " + maxSide);
        }
    }

    public static DecodeLimits photos(long maxBytes, long maxPixels, int minSide) {
        return new DecodeLimits(Accepts.PHOTOS, maxBytes, maxPixels, minSide, Integer.MAX_VALUE);
    }

    public static DecodeLimits anyFormat(long maxPixels, int minSide, int maxSide) {
        return new DecodeLimits(Accepts.ANY_IMAGEIO_FORMAT, Long.MAX_VALUE, maxPixels, minSide, maxSide);
    }
}
