package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.NoSuchProductException;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.util.Map;

public final class ChangeProductStatusService implements ChangeProductStatusUseCase {

    private final Products products;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Promotions promotions;

    public ChangeProductStatusService(Products products, AuditLog auditLog, Transactions transactions,
            Promotions promotions) {
        this.products = products;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.promotions = promotions;
    }

    @Override
    public Product change(ChangeProductStatusCommand command) {
        return transactions.inTransaction(() -> {
            Product product = products.byDressId(command.dressId())
                    .orElseThrow(() -> new NoSuchProductException(command.dressId()));
            ProductStatus before = product.status();
            AuditAction audited = switch (command.action()) {
                case HIDE -> {
                    product.hide();
                    yield AuditAction.HIDE;
                }
                case UNHIDE -> {
                    product.unhide();
                    yield AuditAction.UNHIDE;
                }
                case MARK_SOLD_OUT -> {
                    product.markSoldOut();
                    yield AuditAction.SOLD_OUT;
                }
                default -> throw new IllegalStateException("not a status command: " + command.action());
            };
            products.update(product);
            promotions.pieceChanged(product.id()); // the shop's channel catches up
            auditLog.record(AuditEntry.of(command.adminId(), audited, product.id(), Map.of(
                    "dress_id", product.dressId().value(),
                    "from", before.name(),
                    "to", product.status().name())));
            return product;
        });
    }
}
