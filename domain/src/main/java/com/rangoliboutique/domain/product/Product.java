package com.rangoliboutique.domain.product;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A dress in the boutique: its details and where it stands between draft and sold out. */
public final class Product {

    private final Long id;
    private final DressId dressId;
    private ProductDetails details;
    /** Below {@code details.price()} whenever set; null when the piece sells at its price. */
    private Price salePrice;
    private ProductStatus status;
    private final Long telegramChatId;
    private Integer telegramMessageId;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Product(Long id, DressId dressId, ProductDetails details, Price salePrice, ProductStatus status,
                    Long telegramChatId, Integer telegramMessageId, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.dressId = Objects.requireNonNull(dressId, "dressId");
        this.details = Objects.requireNonNull(details, "details");
        this.salePrice = salePrice;
        this.status = Objects.requireNonNull(status, "status");
        this.telegramChatId = telegramChatId;
        this.telegramMessageId = telegramMessageId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new draft created from the owner's photo and caption in a Telegram chat; not saved yet. */
    public static Product draft(DressId dressId, ProductDetails details, Long telegramChatId) {
        return new Product(null, dressId, details, null, ProductStatus.DRAFT, telegramChatId, null, null, null);
    }

    /** For persistence only: rebuilds a product exactly as it was stored ({@code salePrice} null when none). */
    public static Product restore(Long id, DressId dressId, ProductDetails details, Price salePrice,
                                  ProductStatus status, Long telegramChatId, Integer telegramMessageId,
                                  Instant createdAt, Instant updatedAt) {
        return new Product(id, dressId, details, salePrice, status, telegramChatId, telegramMessageId, createdAt,
                updatedAt);
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

    /** Refuses unless the product is a draft or hidden (off the catalog); deleting it is up to the caller. */
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

    /**
     * Changes the fields present in the patch, whatever the status; refused with a {@link SalePriceRefusedException}
     * when it would bring the price to or below the sale price in force (end the sale first, or lower it).
     */
    public void edit(ProductPatch patch) {
        ProductDetails edited = patch.applyTo(details);
        if (salePrice != null && edited.price().paise() <= salePrice.paise()) {
            throw SalePriceRefusedException.priceNotAboveSale(dressId, edited.price(), salePrice);
        }
        details = edited;
    }

    /**
     * Sells the piece for {@code newSalePrice} instead of its price until {@link #endSale()}; replaces a sale price in
     * force. Refused (a {@link SalePriceRefusedException}) on a draft, and unless below the price.
     */
    public void putOnSale(Price newSalePrice) {
        Objects.requireNonNull(newSalePrice, "newSalePrice");
        ensureSalePriceChangeable(newSalePrice);
        if (newSalePrice.paise() >= price().paise()) {
            throw SalePriceRefusedException.notBelowPrice(dressId, price(), newSalePrice);
        }
        salePrice = newSalePrice;
    }

    /** Back to selling at its price; refused on a draft and when there is no sale price. */
    public void endSale() {
        ensureSalePriceChangeable(salePrice);
        if (salePrice == null) {
            throw SalePriceRefusedException.notOnSale(dressId, price());
        }
        salePrice = null;
    }

    private void ensureSalePriceChangeable(Price asked) {
        Optional<String> refusal = status.refusalOf(ProductAction.CHANGE_SALE_PRICE, dressId);
        if (refusal.isPresent()) {
            throw SalePriceRefusedException.draft(dressId, price(), asked, refusal.get());
        }
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

    /** The regular price (struck through while a sale price is in force). */
    public Price price() {
        return details.price();
    }

    /** The sale price in force, always below {@link #price()}. */
    public Optional<Price> salePrice() {
        return Optional.ofNullable(salePrice);
    }

    /** What a buyer pays: the sale price when there is one, else the price. */
    public Price buyerPrice() {
        return salePrice != null ? salePrice : details.price();
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
