package com.rangoliboutique.application.port.out;

import java.util.List;

/**
 * Makes the smaller JPEG copies of a picture that the catalog serves ({@code srcset}) and that link previews
 * (WhatsApp, Telegram) show as the Open Graph image.
 * <p>
 * Never upscales: a width wider than the picture is skipped, and when the picture is narrower than the widest target
 * its own width is made instead, once — so there is always at least one copy. Every copy is a baseline sRGB JPEG
 * without metadata and smaller than {@link #MAX_BYTES}, with the proportions of the picture: the JPEG quality is
 * lowered step by step until it fits (a copy that fits at no quality, which only pictures of pure noise come near, is
 * left out).
 */
public interface ImageResizer {

    /** WhatsApp drops link previews whose image is larger than about 300 KB. */
    int MAX_BYTES = 300_000;

    /**
     * @param jpeg   the picture (a JPEG, or any format the adapter can read)
     * @param widths the target widths in pixels, e.g. 400, 800, 1200
     * @return one copy per width made, narrowest first
     * @throws UnreadableImageException when the bytes are not a picture that can be decoded; any other
     *                                   {@link RuntimeException} when no copy can be made at all
     */
    List<Resized> resize(byte[] jpeg, List<Integer> widths);

    /** A resized copy: {@code width}×{@code height} px, encoded as a JPEG. */
    record Resized(int width, int height, byte[] jpeg) {

        public Resized {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("a copy is at least 1×1 px, was " + width + "×" + height);
            }
            if (jpeg == null || jpeg.length == 0) {
                throw new IllegalArgumentException("a copy has bytes");
            }
        }
    }

    /** The bytes are damaged or not a picture at all. */
    final class UnreadableImageException extends RuntimeException {

        public UnreadableImageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
