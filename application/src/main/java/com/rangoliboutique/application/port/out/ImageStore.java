package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;

import java.time.Duration;
import java.util.Optional;

/**
 * Object storage for image bytes. Keys are ours ({@link com.rangoliboutique.domain.image.ImageKeys}, e.g.
 * {@code ai/D-1042/v1.jpg}), never user-supplied names. Objects are private (drafts) until published; publishing
 * copies them to where anonymous readers may fetch them. No private object is ever reachable through a public URL.
 */
public interface ImageStore {

    /** Stores the bytes privately under {@code key} (overwriting). */
    void put(String key, byte[] bytes, String contentType);

    /** The bytes of a private object; {@link java.util.NoSuchElementException} when nothing is stored there. */
    byte[] get(String key);

    /** The bytes of a private object, or empty when nothing is stored under {@code key}. */
    default Optional<byte[]> find(String key) {
        try {
            return Optional.of(get(key));
        } catch (java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** Deletes every stored object of the product, private and public. */
    void deleteAllOf(DressId dressId);

    /** A URL that reads the private object until {@code ttl} has passed (spec: 15 minutes). */
    String signedUrl(String key, Duration ttl);

    /** Copies the private object to the public side and returns its public URL. */
    String publish(String key);

    /** Stores bytes directly on the public side (e.g. resized copies of a published image); returns the public URL. */
    String putPublic(String key, byte[] bytes, String contentType);

    /** The public URL of a published object. */
    String publicUrl(String key);

    /** Where public objects are served from: every {@link #publicUrl} starts with it (relative when the app serves them). */
    String publicBaseUrl();

    /**
     * For stores the web app serves itself (local disk): the object behind one of this store's own links —
     * {@code public/…} paths as they are, {@code private/…} paths only with a valid, unexpired signature. Empty when
     * the link is unknown, forged or expired, and always empty for stores that serve their own URLs (S3).
     */
    Optional<StoredObject> openLink(String path, String expires, String signature);

    record StoredObject(byte[] bytes, String contentType) {
    }
}
