package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Listing;
import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.catalog.SearchWords;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The catalog's read port in memory: items as the database would return them; search words split on spaces and
 * lower-cased (no stemming), several words all required. Counts the reads, so tests can tell what was read.
 */
final class InMemoryCatalogReads implements CatalogReads {

    final Map<Long, CatalogItem> items = new LinkedHashMap<>();
    final AtomicInteger wholeReads = new AtomicInteger();
    final AtomicInteger itemReads = new AtomicInteger();
    final AtomicInteger searchReads = new AtomicInteger();
    final AtomicInteger listingReads = new AtomicInteger();

    static CatalogItem item(long id, String title, long rupees, ProductStatus status, Instant publishedAt,
                            List<String> categories, List<String> colors, List<String> sizes) {
        List<String> words = Arrays.stream(title.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        return new CatalogItem(id, new DressId(1000 + (int) id), title, Price.ofRupees(rupees), null, status,
                publishedAt, publishedAt, categories, colors, sizes, SearchWords.of(words), null);
    }

    /** {@code item} on sale at {@code saleRupees}. */
    static CatalogItem withSalePrice(CatalogItem item, long saleRupees) {
        return new CatalogItem(item.id(), item.dressId(), item.title(), item.price(), Price.ofRupees(saleRupees),
                item.status(), item.publishedAt(), item.updatedAt(), item.categories(), item.colors(), item.sizes(),
                item.words(), item.photo());
    }

    void put(CatalogItem item) {
        items.put(item.id(), item);
    }

    @Override
    public List<CatalogItem> visibleItems() {
        wholeReads.incrementAndGet();
        return new ArrayList<>(items.values());
    }

    @Override
    public List<CatalogItem> visibleItems(Collection<Long> productIds) {
        itemReads.incrementAndGet();
        return productIds.stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public SearchTerms searchTerms(String text) {
        searchReads.incrementAndGet();
        List<SearchTerms> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank() && !w.equals("the"))
                .map(w -> (SearchTerms) new SearchTerms.Word(w, false)).toList();
        return words.isEmpty() ? SearchTerms.NOTHING : new SearchTerms.All(words);
    }

    @Override
    public Optional<Listing> listing(DressId dressId) {
        listingReads.incrementAndGet();
        return Optional.empty();
    }
}
