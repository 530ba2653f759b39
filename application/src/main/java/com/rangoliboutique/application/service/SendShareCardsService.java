package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.SendShareCardsUseCase;
import com.rangoliboutique.application.port.out.AdminNotifier;
import com.rangoliboutique.application.port.out.AdminNotifier.NotShareable;
import com.rangoliboutique.application.port.out.AdminNotifier.ShareCards;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.ShareCardRenderer;
import com.rangoliboutique.application.port.out.ShareCardRenderer.Format;
import com.rangoliboutique.application.port.out.ShareCardRenderer.ShareCard;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.util.Optional;

/**
 * A public piece's two share cards to the owner: its main photo, title, price (sale price if any) and ~$, dress ID,
 * the shop's name and a QR code of its page. A piece buyers cannot order (sold out, hidden, a draft) gets the reason
 * instead.
 */
public final class SendShareCardsService implements SendShareCardsUseCase {

    private final Products products;
    private final Images images;
    private final ImageStore store;
    private final Settings settings;
    private final ShareCardRenderer renderer;
    private final AdminNotifier notifier;
    private final String shopUrl;

    /** @param shopUrl the shop's public address ({@code APP_URL}), which the pages' addresses start with */
    public SendShareCardsService(Products products, Images images, ImageStore store, Settings settings,
                                 ShareCardRenderer renderer, AdminNotifier notifier, String shopUrl) {
        if (shopUrl == null || shopUrl.isBlank()) {
            throw new IllegalArgumentException("share cards need the shop's address for their QR codes");
        }
        this.products = products;
        this.images = images;
        this.store = store;
        this.settings = settings;
        this.renderer = renderer;
        this.notifier = notifier;
        this.shopUrl = shopUrl.strip().replaceAll("/+$", "");
    }

    @Override
    public void send(long chatId, long productId) {
        Optional<Product> found = products.byId(productId);
        if (found.isEmpty()) {
            notifier.sendNoShareCards(chatId, NotShareable.gone());
            return;
        }
        Product piece = found.get();
        if (piece.status() != ProductStatus.PUBLISHED) {   // a sold-out piece is not advertised
            notifier.sendNoShareCards(chatId, new NotShareable(Optional.of(piece.dressId()), Optional.of(piece.status())));
            return;
        }
        Optional<byte[]> photo = MainPhoto.of(images.ofProduct(productId)).map(image -> store.get(image.storageKey()));
        ShopSettings shop = settings.load();
        String pageUrl = shopUrl + "/d/" + piece.dressId().value();
        ShareCard card = new ShareCard(photo, piece.title(), piece.price(), piece.salePrice(), shop.usdFxRate(),
                piece.dressId(), shop.identity().shopName(), pageUrl);
        notifier.sendShareCards(chatId, new ShareCards(piece.dressId(), pageUrl,
                renderer.render(card, Format.STATUS), renderer.render(card, Format.POST)));
    }
}
