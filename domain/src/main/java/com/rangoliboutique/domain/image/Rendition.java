package com.rangoliboutique.domain.image;

/**
 * A resized public copy of a published image (e.g. 800 px wide), for {@code srcset} and link previews.
 *
 * @param storageKey where the copy is stored, e.g. {@code ai/D-1042/v1-800w.jpg} ({@link ImageKeys#rendition})
 * @param url        its public address
 * @param sizeBytes  the size of the JPEG
 */
public record Rendition(int width, int height, String storageKey, String url, int sizeBytes) {

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
}
