package com.rangoliboutique.domain.image;

/**
 * A resized public copy of a published image (e.g. 800 px wide), for {@code srcset} and link previews.
 *
 * @param storageKey where the copy is stored, e.g. {@code ai/D-1042/v1-800w.jpg} ({@link ImageKeys#rendition})
 * @param url        its public address
 * @param sizeBytes  the size of the JPEG
 * @param webp       the same copy as a WebP ({@link ImageKeys#webpOf}); null when there is none (published
 *                   before WebP copies were made, or a process that cannot encode WebP)
 */
public record Rendition(int width, int height, String storageKey, String url, int sizeBytes, WebpCopy webp) {

    public Rendition {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a rendition is at least 1×1 px, was " + width + "×" + height);
        }
        if (storageKey == null || storageKey.isBlank()) {
            throw new IllegalArgumentException("storageKey must not be blank");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the public url of " + storageKey + " must not be blank");
        }
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("sizeBytes of " + storageKey + " must be 1 or more, was " + sizeBytes);
        }
    }

    /** A JPEG copy without a WebP one. */
    public Rendition(int width, int height, String storageKey, String url, int sizeBytes) {
        this(width, height, storageKey, url, sizeBytes, null);
    }

    public boolean hasWebp() {
        return webp != null;
    }

    /** This copy with its WebP twin. */
    public Rendition withWebp(WebpCopy copy) {
        return new Rendition(width, height, storageKey, url, sizeBytes, copy);
    }

    /**
     * The WebP twin of a JPEG rendition: same pixels, smaller file, served through {@code <picture>}.
     *
     * @param storageKey e.g. {@code ai/D-1042/v1-800w.webp}
     */
    public record WebpCopy(String storageKey, String url, int sizeBytes) {

        public WebpCopy {
            if (storageKey == null || storageKey.isBlank()) {
                throw new IllegalArgumentException("storageKey must not be blank");
            }
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("the public url of " + storageKey + " must not be blank");
            }
            if (sizeBytes < 1) {
                throw new IllegalArgumentException("sizeBytes of " + storageKey + " must be 1 or more, was " + sizeBytes);
            }
        }
    }
}
