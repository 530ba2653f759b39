package com.rangoliboutique.domain.product;

import com.rangoliboutique.domain.DomainException;

import java.util.Objects;

/**
 * A sale price the rules refuse, with the facts of the refusal so a driving adapter can word it for its reader; the
 * message is a plain sentence for anyone else (logs, another driver).
 *
 * @param reason    why
 * @param price     the regular price (the one asked for, when the refusal is of a price edit)
 * @param salePrice the sale price asked for or in force; null when the product has none
 */
public class SalePriceRefusedException extends DomainException {

    public enum Reason {
        /** Drafts are not in the catalog yet: a sale price is for pieces buyers can see (or will again). */
        DRAFT,
        /** The sale price asked for is not below the regular price. */
        NOT_BELOW_PRICE,
        /** An edit would bring the regular price to or below the sale price in force. */
        PRICE_NOT_ABOVE_SALE,
        /** Ending a sale of a piece that has no sale price. */
        NOT_ON_SALE
    }

    private final Reason reason;
    private final DressId dressId;
    private final Price price;
    private final Price salePrice;

    public SalePriceRefusedException(Reason reason, DressId dressId, Price price, Price salePrice, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.dressId = Objects.requireNonNull(dressId, "dressId");
        this.price = Objects.requireNonNull(price, "price");
        this.salePrice = salePrice;
    }

    static SalePriceRefusedException notBelowPrice(DressId dressId, Price price, Price salePrice) {
        return new SalePriceRefusedException(Reason.NOT_BELOW_PRICE, dressId, price, salePrice,
                "A sale price must be below the price: " + dressId + " costs " + price.display() + ", so "
                        + salePrice.display() + " is not a sale price.");
    }

    static SalePriceRefusedException priceNotAboveSale(DressId dressId, Price price, Price salePrice) {
        return new SalePriceRefusedException(Reason.PRICE_NOT_ABOVE_SALE, dressId, price, salePrice,
                dressId + " is on sale at " + salePrice.display() + ": its price must stay above that, so "
                        + price.display() + " cannot be its price while the sale lasts.");
    }

    static SalePriceRefusedException notOnSale(DressId dressId, Price price) {
        return new SalePriceRefusedException(Reason.NOT_ON_SALE, dressId, price, null,
                dressId + " has no sale price — there is no sale to end.");
    }

    static SalePriceRefusedException draft(DressId dressId, Price price, Price salePrice, String statusRefusal) {
        return new SalePriceRefusedException(Reason.DRAFT, dressId, price, salePrice, statusRefusal);
    }

    public Reason reason() {
        return reason;
    }

    public DressId dressId() {
        return dressId;
    }

    public Price price() {
        return price;
    }

    /** The sale price asked for or in force; null when there is none. */
    public Price salePrice() {
        return salePrice;
    }
}
