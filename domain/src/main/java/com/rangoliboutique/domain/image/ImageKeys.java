package com.rangoliboutique.domain.image;

import com.rangoliboutique.domain.product.DressId;

/** Where images live in storage: {@code originals/D-1042/v1.jpg}, {@code ai/D-1042/v1.jpg}. */
public final class ImageKeys {

    private ImageKeys() {
    }

    public static String original(DressId id, int n) {
        return key("originals", id, n);
    }

    public static String ai(DressId id, int version) {
        return key("ai", id, version);
    }

    private static String key(String folder, DressId id, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        return folder + "/" + id + "/v" + version + ".jpg";
    }
}
