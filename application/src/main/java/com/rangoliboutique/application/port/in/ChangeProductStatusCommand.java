package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductAction;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A status change the owner asks for by dress id (publishing and discarding drafts have their own flows). */
public record ChangeProductStatusCommand(long adminId, DressId dressId, ProductAction action) {

    private static final Set<ProductAction> BY_COMMAND =
            EnumSet.of(ProductAction.HIDE, ProductAction.UNHIDE, ProductAction.MARK_SOLD_OUT);

    public ChangeProductStatusCommand {
        Objects.requireNonNull(dressId, "dressId");
        if (!BY_COMMAND.contains(action)) {
            throw new IllegalArgumentException(action + " is not a status command; use " + BY_COMMAND);
        }
    }
}
