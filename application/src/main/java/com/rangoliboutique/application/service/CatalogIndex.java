package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Card;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Facets;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.SitemapEntry;
import com.rangoliboutique.application.port.out.CatalogReads.CatalogItem;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What buyers can see, in memory: every visible product once per sort order, so a page of any selection is one pass
 * over an array with no database work. Immutable: a change makes a new index ({@link #with}); a small change moves
 * only the changed products in each order.
 *
 * <p>The orders are the catalog's: available pieces before sold-out ones, then newest first (unknown publication
 * time last) or by price; the product id breaks ties, newest first, so pages are stable.
 */
final class CatalogIndex {

    static final CatalogIndex EMPTY = new CatalogIndex(new CatalogItem[0]);

    /** Above this many changed products at once, rebuilding the orders is cheaper than moving each product. */
    private static final int INCREMENTAL_LIMIT = 64;
    private static final List<String> SIZE_ORDER = List.of("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "3xl",
            "4xl", "free size");

    private static final Comparator<CatalogItem> BY_ID = Comparator.comparingLong(CatalogItem::id);
    private static final Comparator<CatalogItem> SOLD_OUT_LAST =
            Comparator.comparing(item -> item.status() == ProductStatus.SOLD_OUT);
    private static final Comparator<CatalogItem> NEWEST_ID_FIRST = BY_ID.reversed();
    private static final Comparator<CatalogItem> NEWEST = SOLD_OUT_LAST
            .thenComparing(CatalogItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PRICE_LOW = SOLD_OUT_LAST
            .thenComparingLong((CatalogItem item) -> item.price().paise()).thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PRICE_HIGH = SOLD_OUT_LAST
            .thenComparing((CatalogItem item) -> item.price().paise(), Comparator.reverseOrder())
            .thenComparing(NEWEST_ID_FIRST);

    private final CatalogItem[] byId;
    private final CatalogItem[] newest;
    private final CatalogItem[] priceLow;
    private final CatalogItem[] priceHigh;
    private final Map<Integer, CatalogItem> byDressNumber;
    private final Facets facets;

    private CatalogIndex(CatalogItem[] byId, CatalogItem[] newest, CatalogItem[] priceLow, CatalogItem[] priceHigh) {
        this.byId = byId;
        this.newest = newest;
        this.priceLow = priceLow;
        this.priceHigh = priceHigh;
        Map<Integer, CatalogItem> dress = new java.util.HashMap<>(byId.length * 2);
        for (CatalogItem item : byId) {
            dress.put(item.dressId().number(), item);
        }
        this.byDressNumber = dress;
        this.facets = facetsOf(byId);
    }

    private CatalogIndex(CatalogItem[] items) {
        this(sorted(items, BY_ID), sorted(items, NEWEST), sorted(items, PRICE_LOW), sorted(items, PRICE_HIGH));
    }

    static CatalogIndex of(Collection<CatalogItem> items) {
        return new CatalogIndex(items.toArray(CatalogItem[]::new));
    }

    int size() {
        return byId.length;
    }

    /**
     * This index with the products {@code changedIds} replaced by {@code fresh}: those of them buyers may still see
     * (a changed id missing from {@code fresh} is gone from the catalog).
     */
    CatalogIndex with(Set<Long> changedIds, Collection<CatalogItem> fresh) {
        if (changedIds.size() > INCREMENTAL_LIMIT) {
            Map<Long, CatalogItem> all = new java.util.HashMap<>(byId.length * 2);
            for (CatalogItem item : byId) {
                all.put(item.id(), item);
            }
            changedIds.forEach(all::remove);
            fresh.forEach(item -> all.put(item.id(), item));
            return of(all.values());
        }
        List<CatalogItem> removed = new ArrayList<>();
        for (long id : changedIds) {
            CatalogItem old = byId(id);
            if (old != null) {
                removed.add(old);
            }
        }
        return new CatalogIndex(moved(byId, BY_ID, removed, fresh), moved(newest, NEWEST, removed, fresh),
                moved(priceLow, PRICE_LOW, removed, fresh), moved(priceHigh, PRICE_HIGH, removed, fresh));
    }

    CatalogItem byId(long id) {
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long at = byId[mid].id();
            if (at < id) {
                lo = mid + 1;
            } else if (at > id) {
                hi = mid - 1;
            } else {
                return byId[mid];
            }
        }
        return null;
    }

    CatalogItem byDressId(DressId dressId) {
        return byDressNumber.get(dressId.number());
    }

    Facets facets() {
        return facets;
    }

    /** One page of the products matching {@code query}, and how many match in all. */
    Result search(CatalogQuery query, SearchTerms terms, Instant now) {
        CatalogItem[] order = switch (query.sort()) {
            case NEWEST -> newest;
            case PRICE_LOW -> priceLow;
            case PRICE_HIGH -> priceHigh;
        };
        Filter filter = new Filter(query, terms, now);
        int from = query.offset();
        int to = from + CatalogQuery.PAGE_SIZE;
        List<Card> cards = new ArrayList<>(CatalogQuery.PAGE_SIZE);
        long total = 0;
        for (CatalogItem item : order) {
            if (filter.matches(item)) {
                if (total >= from && total < to) {
                    cards.add(new Card(item.dressId(), item.title(), item.price(), item.status(), item.publishedAt(),
                            item.photo()));
                }
                total++;
            }
        }
        return new Result(cards, total);
    }

    record Result(List<Card> cards, long total) {
    }

    /** Every visible product, most recently published first. */
    List<SitemapEntry> sitemap() {
        CatalogItem[] all = sorted(byId, Comparator.comparing(CatalogItem::publishedAt,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(NEWEST_ID_FIRST));
        List<SitemapEntry> entries = new ArrayList<>(all.length);
        for (CatalogItem item : all) {
            entries.add(new SitemapEntry(item.dressId(), item.updatedAt()));
        }
        return entries;
    }

    /** The catalog's filters, as the database's {@code lower(x) = lower(?)} compared them. */
    private static final class Filter {
        private final long minPaise;
        private final long maxPaise;
        private final Instant newSince;
        private final String category;
        private final String color;
        private final String size;
        private final SearchTerms terms;

        Filter(CatalogQuery query, SearchTerms terms, Instant now) {
            this.minPaise = query.minRupees() == null ? Long.MIN_VALUE : query.minRupees() * 100;
            this.maxPaise = query.maxRupees() == null ? Long.MAX_VALUE : query.maxRupees() * 100;
            this.newSince = query.newArrivals() ? now.minus(CatalogQuery.NEW_ARRIVAL_PERIOD) : null;
            this.category = query.category();
            this.color = query.color();
            this.size = query.size();
            this.terms = query.search() == null ? null : terms;
        }

        boolean matches(CatalogItem item) {
            long paise = item.price().paise();
            if (paise < minPaise || paise > maxPaise) {
                return false;
            }
            if (newSince != null && (item.publishedAt() == null || item.publishedAt().isBefore(newSince))) {
                return false;
            }
            return (category == null || anyIs(item.categories(), category))
                    && (color == null || anyIs(item.colors(), color))
                    && (size == null || anyIs(item.sizes(), size))
                    && (terms == null || terms.matches(item.words()));
        }

        private static boolean anyIs(List<String> values, String wanted) {
            for (String value : values) {
                if (value.equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Facets facetsOf(CatalogItem[] items) {
        Map<String, String> categories = new TreeMap<>();
        Map<String, String> colors = new TreeMap<>();
        Map<String, String> sizes = new TreeMap<>(Comparator.comparingInt(CatalogIndex::sizeRank)
                .thenComparing(Function.identity()));
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (CatalogItem item : items) {
            item.categories().forEach(c -> spelling(categories, c));
            item.colors().forEach(c -> spelling(colors, c));
            item.sizes().forEach(s -> spelling(sizes, s));
            min = Math.min(min, item.price().paise());
            max = Math.max(max, item.price().paise());
        }
        return new Facets(List.copyOf(categories.values()), List.copyOf(colors.values()), List.copyOf(sizes.values()),
                items.length == 0 ? null : min / 100, items.length == 0 ? null : (max + 99) / 100);
    }

    /** One value per spelling whatever its case; of several spellings the first in code-point order. */
    private static void spelling(Map<String, String> byLowerCase, String value) {
        byLowerCase.merge(value.toLowerCase(Locale.ROOT), value, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** Sizes in wearing order (XS, S, M, L, XL…), anything else after them, alphabetically. */
    private static int sizeRank(String lowerCase) {
        int rank = SIZE_ORDER.indexOf(lowerCase);
        return rank < 0 ? SIZE_ORDER.size() : rank;
    }

    private static CatalogItem[] sorted(CatalogItem[] items, Comparator<CatalogItem> order) {
        CatalogItem[] copy = items.clone();
        Arrays.sort(copy, order);
        return copy;
    }

    /** {@code order} without {@code removed} and with {@code added}, still in order: one copy of the array. */
    private static CatalogItem[] moved(CatalogItem[] order, Comparator<CatalogItem> by, List<CatalogItem> removed,
                                       Collection<CatalogItem> added) {
        List<CatalogItem> out = new ArrayList<>(Arrays.asList(order));
        for (CatalogItem item : removed) {
            int at = Arrays.binarySearch(order, item, by);
            if (at >= 0) {
                out.set(at, null);
            }
        }
        out.removeIf(java.util.Objects::isNull);
        for (CatalogItem item : added) {
            int at = java.util.Collections.binarySearch(out, item, by);
            out.add(at >= 0 ? at : -at - 1, item);
        }
        return out.toArray(CatalogItem[]::new);
    }
}
