package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ApproveDraftUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.Product;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Spec flow C: the draft goes public with its newest READY AI photo (if any) beside the originals. */
public final class ApproveDraftService implements ApproveDraftUseCase {

    private final Publication publication;

    public ApproveDraftService(Products products, Images images, ImageStore store, ImageResizer resizer,
                               WebpEncoder webp, AuditLog auditLog, Transactions transactions,
                               Promotions promotions) {
        this.publication = new Publication(products, images, store, resizer, webp, auditLog, transactions,
                promotions);
    }

    @Override
    public Product approve(long adminId, long productId) {
        Optional<Image> ai = publication.imagesOf(productId).stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.status() == ImageStatus.READY)
                .max(Comparator.comparingInt(Image::version));
        Map<String, Object> payload = new HashMap<>();
        payload.put("ai_version", ai.map(Image::version).orElse(null));
        return publication.publish(adminId, productId, Product::publish, ai, AuditAction.PUBLISH, payload);
    }
}
