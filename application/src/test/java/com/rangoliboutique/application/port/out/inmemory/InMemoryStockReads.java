package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.StockReads;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** {@link StockReads} over the in-memory products, their daily counts and their silences. */
final class InMemoryStockReads implements StockReads {

    private final InMemoryDatabase db;

    InMemoryStockReads(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<WaitingDraft> draftsCreatedBefore(Instant createdBefore) {
        return db.read(() -> db.tables.products.values().stream()
                .filter(p -> p.status() == ProductStatus.DRAFT && p.createdAt().isBefore(createdBefore))
                .sorted(Comparator.comparing(Product::createdAt).thenComparing(Product::id))
                .map(p -> new WaitingDraft(p.id(), p.dressId(), p.title(), p.createdAt()))
                .toList());
    }

    @Override
    public List<OnSale> publishedBefore(Instant publishedBefore, LocalDate countsFrom) {
        return db.read(() -> db.tables.products.values().stream()
                .filter(p -> p.status() == ProductStatus.PUBLISHED)
                .filter(p -> db.tables.publishedAt.containsKey(p.id())
                        && db.tables.publishedAt.get(p.id()).isBefore(publishedBefore))
                .sorted(Comparator.comparing((Product p) -> db.tables.publishedAt.get(p.id())).thenComparing(Product::id))
                .map(p -> {
                    long views = 0;
                    long taps = 0;
                    for (var row : db.tables.pieceDays.entrySet()) {
                        if (row.getKey().productId() == p.id() && !row.getKey().day().isBefore(countsFrom)) {
                            views += row.getValue()[0];
                            taps += row.getValue()[1];
                        }
                    }
                    return new OnSale(p.id(), p.dressId(), p.title(), db.tables.publishedAt.get(p.id()), views, taps,
                            db.tables.silences.get(p.id()));
                })
                .toList());
    }
}
