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
    private ColourCheck colourCheck;
    private final AiStyle style;
    private Integer galleryPosition;

    private Image(Long id, long productId, ImageType type, int version, String storageKey, String url,
                  ImageStatus status, boolean isPublic, Instant createdAt, ColourCheck colourCheck, AiStyle style,
                  Integer galleryPosition) {
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
        this.colourCheck = colourCheck;
        this.style = type == ImageType.AI_GENERATED ? (style == null ? AiStyle.STUDIO : style) : null;
        this.galleryPosition = type == ImageType.AI_GENERATED ? galleryPosition : null;
    }

    /** The owner's photo, already uploaded. */
    public static Image original(long productId, int version, String storageKey) {
        return new Image(null, productId, ImageType.ORIGINAL, version, storageKey, null, ImageStatus.READY, false,
                null, null, null, null);
    }

    /** An AI image in the studio look the worker has yet to generate. */
    public static Image pendingAi(long productId, int version, String storageKey) {
        return pendingAi(productId, version, storageKey, AiStyle.STUDIO);
    }

    /** An AI image in {@code style} the worker has yet to generate. */
    public static Image pendingAi(long productId, int version, String storageKey, AiStyle style) {
        return new Image(null, productId, ImageType.AI_GENERATED, version, storageKey, null, ImageStatus.PENDING,
                false, null, null, Objects.requireNonNull(style, "style"), null);
    }

    /** For persistence only (a studio AI image, not in the gallery). */
    public static Image restore(Long id, long productId, ImageType type, int version, String storageKey, String url,
                                ImageStatus status, boolean isPublic, Instant createdAt) {
        return restore(id, productId, type, version, storageKey, url, status, isPublic, createdAt, null, null, null);
    }

    /** For persistence only; {@code colourCheck} is null for originals and AI photos made before the check. */
    public static Image restore(Long id, long productId, ImageType type, int version, String storageKey, String url,
                                ImageStatus status, boolean isPublic, Instant createdAt, ColourCheck colourCheck) {
        return restore(id, productId, type, version, storageKey, url, status, isPublic, createdAt, colourCheck, null,
                null);
    }

    /** For persistence only; {@code style} and {@code galleryPosition} are ignored for an original. */
    public static Image restore(Long id, long productId, ImageType type, int version, String storageKey, String url,
                                ImageStatus status, boolean isPublic, Instant createdAt, AiStyle style,
                                Integer galleryPosition) {
        return restore(id, productId, type, version, storageKey, url, status, isPublic, createdAt, null, style,
                galleryPosition);
    }

    /**
     * For persistence only: every field. {@code colourCheck} is null for originals and AI photos made before the
     * check; {@code style} and {@code galleryPosition} are ignored for an original.
     */
    public static Image restore(Long id, long productId, ImageType type, int version, String storageKey, String url,
                                ImageStatus status, boolean isPublic, Instant createdAt, ColourCheck colourCheck,
                                AiStyle style, Integer galleryPosition) {
        return new Image(id, productId, type, version, storageKey, url, status, isPublic, createdAt, colourCheck, style,
                galleryPosition);
    }

    /**
     * Puts a READY AI version into the draft's gallery at {@code position} (1, 2, … in the order the owner added
     * them; 0 is the main photo, given on approval): published with the approved one.
     */
    public void addToGallery(int position) {
        if (type != ImageType.AI_GENERATED || status != ImageStatus.READY) {
            throw new IllegalStateException("Image " + storageKey + " is not a READY AI image: it cannot join the gallery");
        }
        if (position < 0) {
            throw new IllegalArgumentException("gallery position must be 0 or more, was " + position);
        }
        this.galleryPosition = position;
    }

    public void removeFromGallery() {
        this.galleryPosition = null;
    }

    public void markReady(String url) {
        markReady(url, null);
    }

    /**
     * The AI photo is made, stored and shown to the owner, with how far its colours moved from the original
     * ({@code null}: not checked — the check failed).
     */
    public void markReady(String url, ColourCheck colourCheck) {
        requirePending("ready");
        if (colourCheck != null && type != ImageType.AI_GENERATED) {
            throw new IllegalStateException("Image " + storageKey + " is the owner's photo: only an AI photo has its"
                    + " colours checked");
        }
        this.url = url;
        this.status = ImageStatus.READY;
        this.colourCheck = colourCheck;
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

    /** How far an AI photo's colours moved from the original; null for originals and photos never checked. */
    public ColourCheck colourCheck() {
        return colourCheck;
    }

    /** The look of an AI image ({@link AiStyle#STUDIO} unless the owner chose another); null for an original. */
    public AiStyle style() {
        return style;
    }

    /** Where an AI image stands in the published gallery (0 = the main photo); null when it is not in it. */
    public Integer galleryPosition() {
        return galleryPosition;
    }

    public boolean inGallery() {
        return galleryPosition != null;
    }

    @Override
    public String toString() {
        return "Image[" + storageKey + ", " + type + ", " + status + (isPublic ? ", public" : "") + ", id=" + id + "]";
    }
}
