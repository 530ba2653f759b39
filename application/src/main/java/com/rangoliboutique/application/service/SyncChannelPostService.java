package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.SyncChannelPostUseCase;
import com.rangoliboutique.application.port.out.ChannelPosts;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.ShopChannel;
import com.rangoliboutique.application.port.out.ShopChannel.ChannelPiece;
import com.rangoliboutique.domain.catalog.VariantSelection;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The desired post from the piece's current state, compared with the kept one ({@link ChannelPosts}): nothing to do,
 * an edit of caption and buttons, a new post (none yet, or the old one was deleted by hand), or a delete. The post
 * uploads the piece's main photo from storage (Telegram never fetches our URLs). A post made just before a crash,
 * before its id was kept, is posted once more by the retry: a duplicate is better than a missing post.
 */
public final class SyncChannelPostService implements SyncChannelPostUseCase {

    private static final System.Logger LOG = System.getLogger(SyncChannelPostService.class.getName());

    private final Products products;
    private final Images images;
    private final ImageStore store;
    private final Settings settings;
    private final ChannelPosts posts;
    private final ShopChannel channel;
    private final String shopUrl;

    /** @param shopUrl the shop's public address ({@code APP_URL}), the base of the pieces' page links */
    public SyncChannelPostService(Products products, Images images, ImageStore store, Settings settings,
                                  ChannelPosts posts, ShopChannel channel, String shopUrl) {
        this.products = products;
        this.images = images;
        this.store = store;
        this.settings = settings;
        this.posts = posts;
        this.channel = channel;
        this.shopUrl = shopUrl.strip().replaceAll("/+$", "");
    }

    @Override
    public void sync(long productId) {
        Optional<String> configured = channel.channelId();
        if (configured.isEmpty()) {
            return;
        }
        String channelId = configured.get();
        Optional<Product> product = products.byId(productId);
        Optional<ChannelPosts.Post> kept = posts.of(productId);
        if (kept.isPresent() && !kept.get().channelId().equals(channelId)) {
            // the shop moved to another channel: the old post stays where it is, the piece is posted anew
            LOG.log(System.Logger.Level.INFO, "product " + productId + " was posted to " + kept.get().channelId()
                    + ", the channel is now " + channelId + ": posting it there");
            posts.forget(productId);
            kept = Optional.empty();
        }
        if (product.isEmpty() || !product.get().visibleToBuyers()) {
            if (kept.isPresent()) {
                channel.delete(channelId, kept.get().messageId());
                posts.forget(productId);
            }
            return;
        }
        ChannelPiece piece = piece(product.get(), settings.load());
        String fingerprint = fingerprint(piece);
        if (kept.isPresent()) {
            if (kept.get().fingerprint().equals(fingerprint)) {
                return;
            }
            if (channel.edit(kept.get().messageId(), piece)) {
                posts.save(productId, new ChannelPosts.Post(channelId, kept.get().messageId(), piece.soldOut(),
                        fingerprint));
                return;
            }
            LOG.log(System.Logger.Level.INFO, "the channel post of " + piece.dressId() + " is gone: posting it again");
        }
        Image photo = MainPhoto.of(images.ofProduct(productId))
                .orElseThrow(() -> new IllegalStateException(piece.dressId() + " has no photo to post"));
        int messageId = channel.post(piece, store.get(photo.storageKey()));
        posts.save(productId, new ChannelPosts.Post(channelId, messageId, piece.soldOut(), fingerprint));
    }

    private ChannelPiece piece(Product product, ShopSettings shop) {
        String pageUrl = shopUrl + "/d/" + product.dressId().value();
        boolean soldOut = product.status() == ProductStatus.SOLD_OUT;
        WhatsAppOrder order = new WhatsAppOrder(shop.whatsappNumber(), shop.identity(), product.dressId(),
                VariantSelection.NOT_SELECTED, pageUrl, soldOut);
        return new ChannelPiece(product.dressId(), product.title(), product.price(), product.salePrice(), soldOut,
                order.link(), pageUrl);
    }

    static String fingerprint(ChannelPiece piece) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(piece.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
