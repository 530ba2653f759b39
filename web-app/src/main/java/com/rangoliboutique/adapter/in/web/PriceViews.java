package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.in.web.view.PriceView;
import com.rangoliboutique.domain.product.Price;

import java.math.BigDecimal;

/** The one place a product's prices become the text buyers read. */
final class PriceViews {

    private PriceViews() {
    }

    /** @param salePrice below {@code price}, or null when the piece is not on sale */
    static PriceView of(Price price, Price salePrice, BigDecimal usdFxRate) {
        Price pays = salePrice != null ? salePrice : price;
        return new PriceView(salePrice != null ? price.display() : null, pays.display(), pays.usdDisplay(usdFxRate));
    }
}
