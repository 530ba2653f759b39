package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.port.out.WebpEncoder;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.Product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Making a draft public, for the two ways of doing it ({@link ApproveDraftService}, {@link PublishOriginalOnlyService}).
 * The public copies and their resized copies are made before the transaction (a refused or failed publish leaves
 * only harmless copies no row points to); the status, URLs, renditions and audit entry change together, with the
 * outbox rows that post the piece to the shop's channel and send the owner its share cards.
 */
public final class Publication {

    /** The widths of the resized public copies of each published image (the catalog's {@code srcset}). */
    public static final List<Integer> RENDITION_WIDTHS = List.of(400, 800, 1200);

    private static final System.Logger LOG = System.getLogger(Publication.class.getName());

    private final Products products;
    private final Images images;
    private final ImageStore store;
    private final ImageResizer resizer;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Drafts drafts;
    private final WebpTwins webp;
    private final Promotions promotions;

    Publication(Products products, Images images, ImageStore store, ImageResizer resizer, WebpEncoder webp,
                AuditLog auditLog, Transactions transactions, Promotions promotions) {
        this.products = products;
        this.images = images;
        this.store = store;
        this.resizer = resizer;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.drafts = new Drafts(products);
        this.webp = new WebpTwins(store, webp);
        this.promotions = promotions;
    }

    /**
     * @param move    the status change ({@link Product#publish} or {@link Product#publishOriginalOnly}), checked
     *                before anything is copied and again under the row lock
     * @param aiPhoto the AI photo published with the originals, if any
     * @param audited the audit entry's action and payload
     */
    Product publish(long adminId, long productId, Consumer<Product> move, Optional<Image> aiPhoto,
                    AuditAction audited, Map<String, Object> payload) {
        return publish(adminId, productId, move, aiPhoto.stream().toList(), audited, payload);
    }

    /**
     * @param aiPhotos the AI photos published with the originals (the main one and the gallery; their gallery
     *                 positions as set by the caller are stored with them)
     */
    Product publish(long adminId, long productId, Consumer<Product> move, List<Image> aiPhotos,
                    AuditAction audited, Map<String, Object> payload) {
        Product draft = drafts.find(productId);
        move.accept(draft);
        List<Image> toPublish = new ArrayList<>(images.ofProduct(productId).stream()
                .filter(i -> i.type() == ImageType.ORIGINAL).toList());
        toPublish.addAll(aiPhotos);
        Map<Image, String> urls = new HashMap<>();
        Map<Image, List<Rendition>> renditions = new HashMap<>();
        for (Image image : toPublish) {
            urls.put(image, store.publish(image.storageKey()));
            renditions.put(image, publicRenditions(image));
        }
        return transactions.inTransaction(() -> {
            Product current = drafts.lock(productId);
            move.accept(current);
            urls.forEach((image, url) -> {
                image.publishedAt(url);
                images.update(image);
                images.addRenditions(image.id(), renditions.get(image));
            });
            products.update(current);
            auditLog.record(AuditEntry.of(adminId, audited, productId, payload));
            promotions.pieceChanged(productId);          // the shop's channel posts it
            promotions.shareCards(adminId, productId);   // the owner's private chat with the bot has the owner's id
            return current;
        });
    }

    List<Image> imagesOf(long productId) {
        return images.ofProduct(productId);
    }

    /**
     * Stores the resized copies of a published image on the public side, each JPEG with its WebP twin when this
     * process can encode WebP. A picture that cannot be resized (damaged
     * bytes) is still published, without copies: the catalog then shows the full-size picture. Storage failures are
     * not forgiven: the publish fails as a failed {@link ImageStore#publish} would, and the owner can press again.
     */
    private List<Rendition> publicRenditions(Image image) {
        byte[] bytes = store.get(image.storageKey());
        List<ImageResizer.Resized> copies;
        try {
            copies = resizer.resize(bytes, RENDITION_WIDTHS);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "No resized copies of " + image.storageKey()
                    + ": it could not be resized, the catalog shows the full-size picture", e);
            return List.of();
        }
        List<Rendition> stored = new ArrayList<>();
        for (ImageResizer.Resized copy : copies) {
            String key = ImageKeys.rendition(image.storageKey(), copy.width());
            String url = store.putPublic(key, copy.jpeg(), "image/jpeg");
            stored.add(webp.add(new Rendition(copy.width(), copy.height(), key, url, copy.jpeg().length), copy.jpeg()));
        }
        return stored;
    }
}
