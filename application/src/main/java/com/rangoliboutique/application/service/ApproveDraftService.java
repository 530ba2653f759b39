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
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Spec flow C: the draft goes public with its AI photos beside the originals. When the owner added versions to the
 * gallery, those are published, in the order they were added: the first one added is the main photo. Otherwise the
 * newest READY version is (the spec's rule). The main photo takes gallery position 0, the others 1, 2, ….
 */
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
        List<Image> ready = publication.imagesOf(productId).stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.status() == ImageStatus.READY)
                .toList();
        List<Image> photos = ready.stream().filter(Image::inGallery)
                .sorted(Comparator.comparingInt(Image::galleryPosition)).toList();
        if (photos.isEmpty()) {
            photos = ready.stream().max(Comparator.comparingInt(Image::version)).stream().toList();
        }
        for (int position = 0; position < photos.size(); position++) {
            photos.get(position).addToGallery(position); // the main photo takes 0
        }
        Map<String, Object> payload = new HashMap<>();
        payload.put("ai_version", photos.isEmpty() ? null : photos.get(0).version());
        if (photos.size() > 1) {
            payload.put("gallery_versions", photos.stream().skip(1).map(i -> String.valueOf(i.version()))
                    .collect(java.util.stream.Collectors.joining(",")));  // e.g. "1,3": audit values are scalars
        }
        return publication.publish(adminId, productId, Product::publish, photos, AuditAction.PUBLISH, payload);
    }
}
