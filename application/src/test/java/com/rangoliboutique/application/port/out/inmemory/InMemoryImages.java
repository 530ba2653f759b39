package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageStatus;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Images} in an {@link InMemoryDatabase}. */
public final class InMemoryImages implements Images {

    /** Originals first, then AI versions; by version, then by id (the adapter's ORDER BY). */
    private static final Comparator<Image> OF_PRODUCT = Comparator
            .comparing((Image i) -> i.type() == ImageType.ORIGINAL ? 0 : 1)
            .thenComparingInt(Image::version)
            .thenComparing(Image::id);

    private final InMemoryDatabase db;

    InMemoryImages(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Image add(Image image) {
        return db.read(() -> {
            long id = db.imageIds.incrementAndGet();
            if (!((InMemoryProducts) db.products()).exists(image.productId())) {
                throw new IllegalStateException("foreign key: no product " + image.productId() + " for " + image);
            }
            if (db.tables.images.values().stream().anyMatch(i -> i.productId() == image.productId()
                    && i.type() == image.type() && i.version() == image.version())) {
                throw new IllegalStateException("duplicate key: product " + image.productId() + " already has "
                        + image.type() + " v" + image.version());
            }
            Image stored = copy(image, id, db.clock.instant());
            db.tables.images.put(id, stored);
            return copy(stored);
        });
    }

    @Override
    public void update(Image image) {
        if (image.id() == null) {
            throw new IllegalArgumentException("image " + image.storageKey() + " was never stored: add it first");
        }
        db.write(() -> {
            if (db.tables.images.containsKey(image.id())) {
                db.tables.images.put(image.id(), copy(image));
            }
        });
    }

    @Override
    public Optional<Image> byId(long id) {
        return db.read(() -> Optional.ofNullable(db.tables.images.get(id)).map(InMemoryImages::copy));
    }

    @Override
    public List<Image> ofProduct(long productId) {
        return db.read(() -> db.tables.images.values().stream()
                .filter(i -> i.productId() == productId)
                .sorted(OF_PRODUCT)
                .map(InMemoryImages::copy)
                .toList());
    }

    @Override
    public List<Image> pendingAiCreatedBefore(Instant createdBefore) {
        InMemoryProducts products = (InMemoryProducts) db.products();
        return db.read(() -> db.tables.images.values().stream()
                .filter(i -> i.type() == ImageType.AI_GENERATED && i.status() == ImageStatus.PENDING)
                .filter(i -> products.statusOf(i.productId()) == ProductStatus.DRAFT)
                .filter(i -> i.createdAt().isBefore(createdBefore))
                .sorted(Comparator.comparing(Image::createdAt).thenComparing(Image::id))
                .map(InMemoryImages::copy)
                .toList());
    }

    @Override
    public List<Image> published() {
        return db.read(() -> db.tables.images.values().stream()
                .filter(i -> i.isPublic() && i.url() != null)
                .sorted(Comparator.comparing(Image::id))
                .map(InMemoryImages::copy)
                .toList());
    }

    @Override
    public void addRenditions(long imageId, List<Rendition> renditions) {
        db.write(() -> {
            if (!db.tables.images.containsKey(imageId)) {
                throw new IllegalStateException("foreign key: no image " + imageId + " for its renditions");
            }
            TreeMap<Integer, Rendition> byWidth = new TreeMap<>();
            db.tables.renditions.getOrDefault(imageId, List.of()).forEach(r -> byWidth.put(r.width(), r));
            renditions.forEach(r -> byWidth.put(r.width(), r));
            db.tables.renditions.put(imageId, List.copyOf(byWidth.values()));
        });
    }

    @Override
    public List<Rendition> renditionsOf(long imageId) {
        return db.read(() -> db.tables.renditions.getOrDefault(imageId, List.of()));
    }

    private static Image copy(Image i) {
        return copy(i, i.id(), i.createdAt());
    }

    private static Image copy(Image i, Long id, Instant createdAt) {
        return Image.restore(id, i.productId(), i.type(), i.version(), i.storageKey(), i.url(), i.status(),
                i.isPublic(), createdAt, i.colourCheck(), i.style(), i.galleryPosition());
    }
}
