package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.domain.product.DressId;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The only key shape either store accepts: {@code folder/D-1042/name.ext} ({@code ai/D-1042/v2.jpg},
 * {@code ai/D-1042/v2-800.jpg}). Nothing a user could have named, so no {@code ..}, no leading {@code /}, no
 * backslash; objects live under {@link #PRIVATE} or {@link #PUBLIC} followed by such a key.
 */
final class StorageKeys {

    static final String PRIVATE = "private/";
    static final String PUBLIC = "public/";

    private static final Pattern SHAPE =
            Pattern.compile("[a-z][a-z0-9-]{0,31}/D-[1-9][0-9]{3,9}/[a-z0-9][a-z0-9_-]{0,63}\\.(jpg|jpeg|png|webp)");
    private static final Map<String, String> CONTENT_TYPES =
            Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "webp", "image/webp");

    private StorageKeys() {
    }

    static boolean isValid(String key) {
        return key != null && SHAPE.matcher(key).matches();
    }

    static String requireValid(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }

    /** The content type a key's extension stands for. */
    static String contentTypeOf(String key) {
        return CONTENT_TYPES.get(requireValid(key).substring(key.lastIndexOf('.') + 1));
    }

    /** The second key segment, which holds every object of one dress: {@code D-1042}. */
    static String dressSegment(DressId dressId) {
        return dressId.value();
    }
}
