package com.rangoliboutique.domain.product;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A dress in the boutique: its details and where it stands between draft and sold out. */
public final class Product {

    private final Long id;
    private final DressId dressId;
    private ProductDetails details;
    private ProductStatus status;
    private final Long telegramChatId;
    private Integer telegramMessageId;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Product(Long id, DressId dressId, ProductDetails details, ProductStatus status, Long telegramChatId,
                    Integer telegramMessageId, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.dressId = Objects.requireNonNull(dressId, "dressId");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.telegramChatId = telegramChatId;
        this.telegramMessageId = telegramMessageId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new draft created from the owner's photo and caption in a Telegram chat; not saved yet. */
    public static Product draft(DressId dressId, ProductDetails details, Long telegramChatId) {
        return new Product(null, dressId, details, ProductStatus.DRAFT, telegramChatId, null, null, null);
    }

    /** For persistence only: rebuilds a product exactly as it was stored. */
    public static Product restore(Long id, DressId dressId, ProductDetails details, ProductStatus status,
                                  Long telegramChatId, Integer telegramMessageId,
                                  Instant createdAt, Instant updatedAt) {
        return new Product(id, dressId, details, status, telegramChatId, telegramMessageId, createdAt, updatedAt);
    }

    public void publish() {
        apply(ProductAction.PUBLISH);
    }

    public void publishOriginalOnly() {
        apply(ProductAction.PUBLISH_ORIGINAL_ONLY);
    }

    public void hide() {
        apply(ProductAction.HIDE);
    }

    public void unhide() {
        apply(ProductAction.UNHIDE);
    }

    public void markSoldOut() {
        apply(ProductAction.MARK_SOLD_OUT);
    }

    /** Refuses unless the product is a draft; deleting it is up to the caller. */
    public void ensureDiscardable() {
        apply(ProductAction.DISCARD);
    }

    /** Refuses unless the product is a draft, whose AI photo may be made again. */
    public void ensureRegenerable() {
        apply(ProductAction.REGENERATE);
    }

    /** Remembers the Telegram message showing the preview, so it can be edited later. */
    public void attachPreviewMessage(int telegramMessageId) {
        this.telegramMessageId = telegramMessageId;
    }

    /** Changes the fields present in the patch, whatever the status. */
    public void edit(ProductPatch patch) {
        details = patch.applyTo(details);
    }

    private void apply(ProductAction action) {
        status = status.after(action, dressId);
    }

    public Long id() {
        return id;
    }

    public DressId dressId() {
        return dressId;
    }

    public ProductDetails details() {
        return details;
    }

    public String title() {
        return details.title();
    }

    public String description() {
        return details.description();
    }

    public List<String> categories() {
        return details.categories();
    }

    public List<String> tags() {
        return details.tags();
    }

    public Price price() {
        return details.price();
    }

    public List<Variant> variants() {
        return details.variants();
    }

    public ProductStatus status() {
        return status;
    }

    public Long telegramChatId() {
        return telegramChatId;
    }

    public Integer telegramMessageId() {
        return telegramMessageId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean visibleToBuyers() {
        return status.visibleToBuyers();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return id != null && other instanceof Product that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id != null ? id.hashCode() : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "Product[" + dressId + ", " + status + ", id=" + id + ", " + details.title() + "]";
    }
}
