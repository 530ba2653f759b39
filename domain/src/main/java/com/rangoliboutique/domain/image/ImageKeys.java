package com.rangoliboutique.domain.image;

import com.rangoliboutique.domain.product.DressId;

/**
 * Where images live in storage: {@code originals/D-1042/v1.jpg}, {@code ai/D-1042/v1.jpg}, and their resized copies
 * beside them: {@code ai/D-1042/v1-800w.jpg} and its WebP twin {@code ai/D-1042/v1-800w.webp}.
 */
public final class ImageKeys {

    private ImageKeys() {
    }

    public static String original(DressId id, int n) {
        return key("originals", id, n);
    }

    public static String ai(DressId id, int version) {
        return key("ai", id, version);
    }

    /** The key of the {@code width} px wide JPEG copy of the image stored under {@code imageKey}. */
    public static String rendition(String imageKey, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be 1 or more, was " + width);
        }
        int slash = imageKey == null ? -1 : imageKey.lastIndexOf('/');
        int dot = imageKey == null ? -1 : imageKey.lastIndexOf('.');
        if (dot <= slash + 1) {
            throw new IllegalArgumentException("Not an image key: " + imageKey);
        }
        return imageKey.substring(0, dot) + "-" + width + "w.jpg";
    }

    /** The key of the WebP twin of a JPEG rendition: {@code ai/D-1042/v1-800w.jpg} → {@code ai/D-1042/v1-800w.webp}. */
    public static String webpOf(String renditionKey) {
        if (renditionKey == null || !renditionKey.endsWith(".jpg") || renditionKey.lastIndexOf('/') >= renditionKey.length() - 5) {
            throw new IllegalArgumentException("Not a rendition key: " + renditionKey);
        }
        return renditionKey.substring(0, renditionKey.length() - ".jpg".length()) + ".webp";
    }

    private static String key(String folder, DressId id, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        return folder + "/" + id + "/v" + version + ".jpg";
    }
}
