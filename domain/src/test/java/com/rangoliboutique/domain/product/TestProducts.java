package com.rangoliboutique.domain.product;

import java.time.Instant;
import java.util.List;

/** Products for tests, shared with other modules through the domain test-jar. */
public final class TestProducts {

    public static final long ID = 1L;
    public static final DressId DRESS_ID = new DressId(1042);
    public static final long CHAT_ID = 555_000_111L;
    public static final int PREVIEW_MESSAGE_ID = 77;
    public static final Instant CREATED_AT = Instant.parse("2025-01-15T10:00:00Z");
    public static final Instant UPDATED_AT = Instant.parse("2025-01-15T10:05:00Z");

    private TestProducts() {
    }

    /** Red Banarasi Silk Saree, ₹12,500, saree/silk, wedding/red/banarasi, Free Size, Red with Gold Border. */
    public static ProductDetails details() {
        return new ProductDetails(
                "Red Banarasi Silk Saree",
                "Pure silk with zari border.",
                List.of("saree", "silk"),
                List.of("wedding", "red", "banarasi"),
                Price.ofRupees(12_500),
                List.of(new Variant("Size", "Free Size", 0), new Variant("Color", "Red with Gold Border", 1)));
    }

    /** A brand-new draft as the Telegram flow creates it: no id, no dates. */
    public static Product newDraftSaree() {
        return Product.draft(DRESS_ID, details(), CHAT_ID);
    }

    public static Product draftSaree() {
        return aSaree().build();
    }

    public static Product publishedSaree() {
        return aSaree().status(ProductStatus.PUBLISHED).build();
    }

    public static Product hiddenSaree() {
        return aSaree().status(ProductStatus.HIDDEN).build();
    }

    public static Product soldOutSaree() {
        return aSaree().status(ProductStatus.SOLD_OUT).build();
    }

    /** The published saree, ₹12,500, on sale at ₹9,999. */
    public static Product publishedSareeOnSale() {
        return aSaree().status(ProductStatus.PUBLISHED).salePrice(Price.ofRupees(9_999)).build();
    }

    /** The saree as stored (id 1, D-1042, a draft with a preview message), to change before {@link Builder#build()}. */
    public static Builder aSaree() {
        return new Builder();
    }

    public static final class Builder {
        private Long id = ID;
        private DressId dressId = DRESS_ID;
        private ProductDetails details = TestProducts.details();
        private Price salePrice;
        private ProductStatus status = ProductStatus.DRAFT;
        private Long telegramChatId = CHAT_ID;
        private Integer telegramMessageId = PREVIEW_MESSAGE_ID;

        private Builder() {
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder withDressId(DressId dressId) {
            this.dressId = dressId;
            return this;
        }

        public Builder withDressId(int number) {
            return withDressId(new DressId(number));
        }

        public Builder status(ProductStatus status) {
            this.status = status;
            return this;
        }

        public Builder details(ProductDetails details) {
            this.details = details;
            return this;
        }

        public Builder title(String title) {
            return details(ProductPatch.empty().withTitle(title).applyTo(details));
        }

        public Builder price(Price price) {
            return details(ProductPatch.empty().withPrice(price).applyTo(details));
        }

        public Builder categories(String... categories) {
            return details(ProductPatch.empty().withCategories(List.of(categories)).applyTo(details));
        }

        public Builder tags(String... tags) {
            return details(ProductPatch.empty().withTags(List.of(tags)).applyTo(details));
        }

        public Builder variants(Variant... variants) {
            return details(ProductPatch.empty().withVariants(List.of(variants)).applyTo(details));
        }

        /** Stored with this sale price (below its price, as the database keeps it). */
        public Builder salePrice(Price salePrice) {
            this.salePrice = salePrice;
            return this;
        }

        public Builder telegram(Long chatId, Integer messageId) {
            this.telegramChatId = chatId;
            this.telegramMessageId = messageId;
            return this;
        }

        public Product build() {
            return Product.restore(id, dressId, details, salePrice, status, telegramChatId, telegramMessageId,
                    CREATED_AT, UPDATED_AT);
        }
    }
}
