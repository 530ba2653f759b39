package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@link Products} in an {@link InMemoryDatabase}. */
public final class InMemoryProducts implements Products {

    private final InMemoryDatabase db;

    InMemoryProducts(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public DressId nextDressId() {
        return DressId.of(db.dressNumbers.incrementAndGet());
    }

    @Override
    public Product add(Product product) {
        return db.read(() -> {
            long id = db.productIds.incrementAndGet(); // taken even when the insert fails, like a SERIAL
            if (db.tables.products.values().stream().anyMatch(p -> p.dressId().equals(product.dressId()))) {
                throw new IllegalStateException("duplicate key: dress_id " + product.dressId() + " already exists");
            }
            Instant now = db.clock.instant();
            Product stored = copy(product, id, now, now);
            db.tables.products.put(id, stored);
            stampPublished(stored);
            return copy(stored);
        });
    }

    @Override
    public void update(Product product) {
        if (product.id() == null) {
            throw new IllegalArgumentException(product.dressId() + " was never stored: add it first");
        }
        db.write(() -> {
            if (db.tables.products.containsKey(product.id())) {
                Product stored = copy(product, product.id(), db.tables.products.get(product.id()).createdAt(),
                        db.clock.instant());
                db.tables.products.put(product.id(), stored);
                stampPublished(stored);
            }
        });
    }

    @Override
    public Optional<Product> byId(long id) {
        return db.read(() -> Optional.ofNullable(db.tables.products.get(id)).map(InMemoryProducts::copy));
    }

    @Override
    public Optional<Product> byIdForUpdate(long id) {
        if (!db.inTransactionOnThisThread()) {
            throw new IllegalStateException("byIdForUpdate locks a row until the transaction ends: call it in one");
        }
        return byId(id);
    }

    @Override
    public Optional<Product> byDressId(DressId dressId) {
        return db.read(() -> db.tables.products.values().stream()
                .filter(p -> p.dressId().equals(dressId))
                .findFirst()
                .map(InMemoryProducts::copy));
    }

    @Override
    public void delete(long id) {
        db.write(() -> {
            if (db.tables.products.remove(id) == null) {
                return;
            }
            db.tables.publishedAt.remove(id);
            db.tables.silences.remove(id);
            db.tables.pieceDays.keySet().removeIf(row -> row.productId() == id);
            db.tables.images.values().removeIf(image -> {
                boolean ofProduct = image.productId() == id;
                if (ofProduct) {
                    db.tables.renditions.remove(image.id());
                }
                return ofProduct;
            });
            db.tables.botMessages.values().removeIf(row -> row.productId() == id);
            db.tables.audit.replaceAll(row -> row.entry().productId() != null && row.entry().productId() == id
                    ? new InMemoryDatabase.AuditLogRow(row.id(), new AuditEntry(row.entry().adminId(),
                    row.entry().action(), null, row.entry().payload(), row.entry().createdAt()))
                    : row);
        });
    }

    @Override
    public boolean idEverIssued(long id) {
        return id > 0 && id <= db.productIds.get();
    }

    @Override
    public Map<ProductStatus, Long> countByStatus() {
        return db.read(() -> {
            Map<ProductStatus, Long> counts = new EnumMap<>(ProductStatus.class);
            for (ProductStatus status : ProductStatus.values()) {
                counts.put(status, 0L);
            }
            db.tables.products.values().forEach(p -> counts.merge(p.status(), 1L, Long::sum));
            return counts;
        });
    }

    /** The database's trigger: published_at is set once, the first time the product is not a draft. */
    private void stampPublished(Product stored) {
        if (stored.status() != ProductStatus.DRAFT) {
            db.tables.publishedAt.putIfAbsent(stored.id(), db.clock.instant());
        }
    }

    boolean exists(long id) {
        return db.tables.products.containsKey(id);
    }

    ProductStatus statusOf(long id) {
        return db.tables.products.get(id).status();
    }

    private static Product copy(Product p) {
        return copy(p, p.id(), p.createdAt(), p.updatedAt());
    }

    private static Product copy(Product p, Long id, Instant createdAt, Instant updatedAt) {
        return Product.restore(id, p.dressId(), p.details(), p.salePrice().orElse(null), p.status(),
                p.telegramChatId(), p.telegramMessageId(), createdAt, updatedAt);
    }
}
