package com.rangoliboutique.domain.image;

import java.time.Instant;
import java.util.Objects;

/** A photo of a product: the owner's original, or an AI-generated version that may still be on its way. */
public final class Image {

    private final Long id;
    private final long productId;
    private final ImageType type;
    private final int version;
    private final String storageKey;
    private String url;
    private ImageStatus status;
    private boolean isPublic;
    private final Instant createdAt;

    private Image(Long id, long productId, ImageType type, int version, String storageKey, String url,
                  ImageStatus status, boolean isPublic, Instant createdAt) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        if (storageKey == null || storageKey.isBlank()) {
            throw new IllegalArgumentException("storageKey must not be blank");
        }
        this.id = id;
        this.productId = productId;
        this.type = Objects.requireNonNull(type, "type");
        this.version = version;
        this.storageKey = storageKey;
        this.url = url;
        this.status = Objects.requireNonNull(status, "status");
        this.isPublic = isPublic;
        this.createdAt = createdAt;
    }

    /** The owner's photo, already uploaded. */
    public static Image original(long productId, int version, String storageKey) {
        return new Image(null, productId, ImageType.ORIGINAL, version, storageKey, null, ImageStatus.READY, false,
                null);
    }

    /** An AI image the worker has yet to generate. */
    public static Image pendingAi(long productId, int version, String storageKey) {
        return new Image(null, productId, ImageType.AI_GENERATED, version, storageKey, null, ImageStatus.PENDING,
                false, null);
    }

    /** For persistence only. */
    public static Image restore(Long id, long productId, ImageType type, int version, String storageKey, String url,
                                ImageStatus status, boolean isPublic, Instant createdAt) {
        return new Image(id, productId, type, version, storageKey, url, status, isPublic, createdAt);
    }

    public void markReady(String url) {
        requirePending("ready");
        this.url = url;
        this.status = ImageStatus.READY;
    }

    public void markFailed() {
        requirePending("failed");
        this.status = ImageStatus.FAILED;
    }

    /** Records the public address once the image is published: from now on buyers may see it. */
    public void publishedAt(String publicUrl) {
        this.url = Objects.requireNonNull(publicUrl, "publicUrl");
        this.isPublic = true;
    }

    private void requirePending(String outcome) {
        if (status != ImageStatus.PENDING) {
            throw new IllegalStateException("Image " + storageKey + " is " + status + ", only a PENDING image can become "
                    + outcome);
        }
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public ImageType type() {
        return type;
    }

    public int version() {
        return version;
    }

    public String storageKey() {
        return storageKey;
    }

    public String url() {
        return url;
    }

    public ImageStatus status() {
        return status;
    }

    /** True once published: one of the pictures buyers see (the originals and the approved AI version). */
    public boolean isPublic() {
        return isPublic;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Image[" + storageKey + ", " + type + ", " + status + (isPublic ? ", public" : "") + ", id=" + id + "]";
    }
}
