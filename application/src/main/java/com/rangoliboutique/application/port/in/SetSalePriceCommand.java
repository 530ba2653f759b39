package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;

import java.util.Objects;
import java.util.Optional;

/** The owner puts a piece on sale at {@code salePrice}, or ends its sale (no sale price). */
public record SetSalePriceCommand(long adminId, DressId dressId, Optional<Price> salePrice) {

    public SetSalePriceCommand {
        Objects.requireNonNull(dressId, "dressId");
        Objects.requireNonNull(salePrice, "salePrice");
    }

    public static SetSalePriceCommand putOnSale(long adminId, DressId dressId, Price salePrice) {
        return new SetSalePriceCommand(adminId, dressId, Optional.of(salePrice));
    }

    public static SetSalePriceCommand endSale(long adminId, DressId dressId) {
        return new SetSalePriceCommand(adminId, dressId, Optional.empty());
    }
}
