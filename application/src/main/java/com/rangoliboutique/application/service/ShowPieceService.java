package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ShowPieceUseCase;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.product.Product;

import java.util.List;
import java.util.Optional;

/** The owner's card of one piece: the piece, its main photo, and its page while buyers can see it. */
public final class ShowPieceService implements ShowPieceUseCase {

    private static final System.Logger LOG = System.getLogger(ShowPieceService.class.getName());

    private final Products products;
    private final Images images;
    private final ImageStore store;
    private final String shopUrl;

    /** @param shopUrl the shop's public address ({@code APP_URL}); blank = none, so no page links */
    public ShowPieceService(Products products, Images images, ImageStore store, String shopUrl) {
        this.products = products;
        this.images = images;
        this.store = store;
        this.shopUrl = shopUrl == null ? "" : shopUrl.strip().replaceAll("/+$", "");
    }

    @Override
    public Optional<PieceCard> card(long productId) {
        return products.byId(productId).map(product -> new PieceCard(product, pageUrl(product)));
    }

    @Override
    public Optional<byte[]> mainPhoto(long productId) {
        List<Image> all = images.ofProduct(productId);
        Optional<Image> main = MainPhoto.of(all);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.get(main.get().storageKey()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the photo " + main.get().storageKey() + " of product " + productId
                    + " could not be read; its card goes without it", e);
            return Optional.empty();
        }
    }

    private Optional<String> pageUrl(Product product) {
        return shopUrl.isEmpty() || !product.visibleToBuyers() ? Optional.empty()
                : Optional.of(shopUrl + "/d/" + product.dressId().value());
    }
}
