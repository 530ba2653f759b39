package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.PublishOriginalOnlyUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.product.Product;

import java.util.Map;
import java.util.Optional;

/** Spec flow D: the draft goes public with its original photo(s) only, whatever the AI made. */
public final class PublishOriginalOnlyService implements PublishOriginalOnlyUseCase {

    private final Publication publication;

    public PublishOriginalOnlyService(Products products, Images images, ImageStore store, ImageResizer resizer,
                                      WebpEncoder webp, AuditLog auditLog, Transactions transactions,
                                      Promotions promotions) {
        this.publication = new Publication(products, images, store, resizer, webp, auditLog, transactions,
                promotions);
    }

    @Override
    public Product publishOriginalOnly(long adminId, long productId) {
        return publication.publish(adminId, productId, Product::publishOriginalOnly, Optional.empty(),
                AuditAction.PUBLISH_ORIGINAL_ONLY, Map.of());
    }
}
