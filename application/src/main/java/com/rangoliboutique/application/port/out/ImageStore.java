package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;

import java.time.Duration;

/** Object storage for image bytes: private drafts, public published copies. */
public interface ImageStore {

    /** Stores the bytes privately under {@code key}. */
    void put(String key, byte[] bytes, String contentType);

    byte[] get(String key);

    /** Deletes every stored object of the product, private and public. */
    void deleteAllOf(DressId dressId);

    /** A URL that reads the private object until {@code ttl} has passed. */
    String signedUrl(String key, Duration ttl);

    /** Makes the object readable by anyone and returns its public URL. */
    String publish(String key);

    /** The public URL of a published object. */
    String publicUrl(String key);
}
