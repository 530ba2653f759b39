package com.rangoliboutique.application.port.out;

import java.util.Optional;

/**
 * Makes the WebP twin of a resized JPEG copy (same pixels, fewer bytes) for browsers that take WebP; the JPEG stays
 * for the others and for link previews.
 * <p>
 * Only the web app publishes, so only it carries an encoder; a process without one, or whose native encoder cannot
 * load on its platform, is not {@link #available()} and publishing goes on with the JPEG copies alone.
 */
public interface WebpEncoder {

    /** Encodes nothing: every copy stays JPEG only. */
    WebpEncoder NONE = new WebpEncoder() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String description() {
            return "no WebP encoder";
        }

        @Override
        public Optional<byte[]> encode(byte[] jpeg) {
            return Optional.empty();
        }
    };

    /** Whether {@link #encode} makes WebP here (the native encoder loaded). */
    boolean available();

    /** What encodes, for the log and the backfill's answer: e.g. {@code libwebp, quality 78} or why it cannot. */
    String description();

    /**
     * @param jpeg a resized copy made by {@link ImageResizer}
     * @return the WebP of the same size, empty when this process cannot encode WebP (never an exception for that)
     */
    Optional<byte[]> encode(byte[] jpeg);
}
