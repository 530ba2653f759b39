package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.EditProductUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.NoSuchProductException;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductPatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The owner's edit ({@code /edit D-1042} then caption-style lines): only the fields in the patch change, audited. */
public final class EditProductService implements EditProductUseCase {

    private final Products products;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Promotions promotions;

    public EditProductService(Products products, AuditLog auditLog, Transactions transactions,
            Promotions promotions) {
        this.products = products;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.promotions = promotions;
    }

    @Override
    public Product edit(long adminId, DressId dressId, ProductPatch patch) {
        if (patch.isEmpty()) {
            throw new InvalidValueException(ProductPatch.NOTHING_TO_CHANGE);
        }
        return transactions.inTransaction(() -> {
            Product product = toEdit(dressId);
            product.edit(patch);
            products.update(product);
            promotions.pieceChanged(product.id()); // the shop's channel catches up
            auditLog.record(AuditEntry.of(adminId, AuditAction.EDIT, product.id(),
                    Map.of("fields", String.join(",", fields(patch)))));
            return product;
        });
    }

    @Override
    public Product toEdit(DressId dressId) {
        return products.byDressId(dressId)
                .orElseThrow(() -> new NoSuchProductException(dressId));
    }

    /** The names of the fields in the patch, in alphabetical order (e.g. {@code price,title}). */
    private static List<String> fields(ProductPatch patch) {
        List<String> fields = new ArrayList<>();
        patch.title().ifPresent(v -> fields.add("title"));
        patch.description().ifPresent(v -> fields.add("description"));
        patch.categories().ifPresent(v -> fields.add("categories"));
        patch.tags().ifPresent(v -> fields.add("tags"));
        patch.price().ifPresent(v -> fields.add("price"));
        patch.variants().ifPresent(v -> fields.add("variants"));
        fields.sort(null);
        return fields;
    }
}
