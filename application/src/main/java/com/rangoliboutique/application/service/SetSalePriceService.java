package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.in.SetSalePriceUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.NoSuchProductException;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sets or ends a sale price, audited, in one transaction. Buyers' pages follow the stored row as they follow every
 * product change: the database tells each web process of the committed update (CatalogChanges).
 */
public final class SetSalePriceService implements SetSalePriceUseCase {

    private final Products products;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Promotions promotions;

    public SetSalePriceService(Products products, AuditLog auditLog, Transactions transactions,
            Promotions promotions) {
        this.products = products;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.promotions = promotions;
    }

    @Override
    public Product setSalePrice(SetSalePriceCommand command) {
        return transactions.inTransaction(() -> {
            Product product = products.byDressId(command.dressId())
                    .orElseThrow(() -> new NoSuchProductException(command.dressId()));
            Optional<Price> before = product.salePrice();
            command.salePrice().ifPresentOrElse(product::putOnSale, product::endSale);
            products.update(product);
            promotions.pieceChanged(product.id()); // the shop's channel catches up
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dress_id", product.dressId().value());
            payload.put("price_paise", product.price().paise());
            product.salePrice().ifPresent(p -> payload.put("sale_price_paise", p.paise()));
            before.ifPresent(p -> payload.put("previous_sale_price_paise", p.paise()));
            auditLog.record(AuditEntry.of(command.adminId(),
                    command.salePrice().isPresent() ? AuditAction.SET_SALE_PRICE : AuditAction.END_SALE,
                    product.id(), payload));
            return product;
        });
    }
}
