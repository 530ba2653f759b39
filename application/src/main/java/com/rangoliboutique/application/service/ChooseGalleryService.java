package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ChooseGalleryUseCase;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.InvalidValueException;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;

import java.util.Comparator;
import java.util.List;

/** Adds a READY AI version to a draft's gallery (at the end), or takes it out; under the product's row lock. */
public final class ChooseGalleryService implements ChooseGalleryUseCase {

    private final Images images;
    private final Transactions transactions;
    private final Drafts drafts;

    public ChooseGalleryService(Products products, Images images, Transactions transactions) {
        this.images = images;
        this.transactions = transactions;
        this.drafts = new Drafts(products);
    }

    @Override
    public GalleryChoice toggle(long adminId, long productId, int aiVersion) {
        return transactions.inTransaction(() -> {
            Product draft = drafts.lock(productId);
            draft.status().after(ProductAction.PUBLISH, draft.dressId()); // refuses unless a draft
            List<Image> ai = images.ofProduct(productId).stream().filter(i -> i.type() == ImageType.AI_GENERATED)
                    .toList();
            Image chosen = ai.stream().filter(i -> i.version() == aiVersion && i.status() == ImageStatus.READY)
                    .findFirst().orElseThrow(() -> new InvalidValueException("AI v" + aiVersion + " of "
                            + draft.dressId() + " is not ready — only a finished AI photo can join the gallery."));
            if (chosen.inGallery()) {
                chosen.removeFromGallery();
            } else {
                chosen.addToGallery(ai.stream().filter(Image::inGallery).mapToInt(Image::galleryPosition).max()
                        .orElse(0) + 1);
            }
            images.update(chosen);
            List<Integer> gallery = ai.stream().filter(Image::inGallery)
                    .sorted(Comparator.comparingInt(Image::galleryPosition)).map(Image::version).toList();
            return new GalleryChoice(aiVersion, chosen.inGallery(), gallery);
        });
    }
}
