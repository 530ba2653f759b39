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
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What buyers can see, in memory and laid out for queries: each product has a position; prices and publication times
 * sit in arrays of numbers, each filter value (category, colour, size) and each stemmed search word has the set of
 * positions that have it, and each sort order is an array of positions. A page of any selection is a few set
 * intersections and one pass over an array of ints — no database, no pointer chasing per product.
 *
 * <p>Immutable: a change makes a new index ({@link #with}). The orders are the catalog's: available pieces before
 * sold-out ones, then newest first (unknown publication time last) or by price; the product id breaks ties, newest
 * first, so pages are stable.
 */
final class CatalogIndex {

    static final CatalogIndex EMPTY = of(List.of());

    private static final List<String> SIZE_ORDER = List.of("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "3xl",
            "4xl", "free size");
    private static final long NOT_PUBLISHED = Long.MIN_VALUE;

    private static final Comparator<CatalogItem> SOLD_OUT_LAST =
            Comparator.comparing(item -> item.status() == ProductStatus.SOLD_OUT);
    private static final Comparator<CatalogItem> NEWEST_ID_FIRST =
            Comparator.comparingLong(CatalogItem::id).reversed();
    private static final Comparator<CatalogItem> NEWEST = SOLD_OUT_LAST
            .thenComparing(CatalogItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PRICE_LOW = SOLD_OUT_LAST
            .thenComparingLong((CatalogItem item) -> item.price().paise()).thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PRICE_HIGH = SOLD_OUT_LAST
            .thenComparing((CatalogItem item) -> item.price().paise(), Comparator.reverseOrder())
            .thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PUBLISHED_NEWEST_FIRST = Comparator
            .comparing(CatalogItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NEWEST_ID_FIRST);

    /** Positions: products by ascending id. */
    private final CatalogItem[] items;
    /** Each product's card, made once: the same object for as long as the product is unchanged. */
    private final Card[] cards;
    private final long[] paise;
    private final long[] publishedSeconds;
    private final int[] newest;
    private final int[] priceLow;
    private final int[] priceHigh;
    private final Map<String, BitSet> categories;
    private final Map<String, BitSet> colors;
    private final Map<String, BitSet> sizes;
    private final TreeMap<String, int[]> words;
    private final Map<Integer, CatalogItem> byDressNumber;
    private final Facets facets;

    private CatalogIndex(CatalogItem[] byId, CatalogIndex previous) {
        int n = byId.length;
        this.items = byId;
        this.cards = new Card[n];
        this.paise = new long[n];
        this.publishedSeconds = new long[n];
        Map<String, BitSet> categorySets = new HashMap<>();
        Map<String, BitSet> colorSets = new HashMap<>();
        Map<String, BitSet> sizeSets = new HashMap<>();
        Map<String, int[]> postings = new HashMap<>();
        Map<String, Integer> postingSizes = new HashMap<>();
        this.byDressNumber = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            CatalogItem item = byId[i];
            paise[i] = item.price().paise();
            publishedSeconds[i] = item.publishedAt() == null ? NOT_PUBLISHED : item.publishedAt().getEpochSecond();
            mark(categorySets, item.categories(), i, n);
            mark(colorSets, item.colors(), i, n);
            mark(sizeSets, item.sizes(), i, n);
            for (String word : item.words().asList()) {
                int size = postingSizes.merge(word, 1, Integer::sum);
                int[] list = postings.get(word);
                if (list == null || list.length < size) {
                    list = list == null ? new int[4] : Arrays.copyOf(list, list.length * 2);
                    postings.put(word, list);
                }
                list[size - 1] = i;
            }
            byDressNumber.put(item.dressId().number(), item);
            Card before = previous == null ? null : previous.cardOf(item);
            cards[i] = before != null ? before : new Card(item.dressId(), item.title(), item.price(), item.status(),
                    item.publishedAt(), item.photo());
        }
        this.categories = categorySets;
        this.colors = colorSets;
        this.sizes = sizeSets;
        this.words = new TreeMap<>();
        postings.forEach((word, list) -> words.put(word, Arrays.copyOf(list, postingSizes.get(word))));
        this.newest = order(byId, NEWEST);
        this.priceLow = order(byId, PRICE_LOW);
        this.priceHigh = order(byId, PRICE_HIGH);
        this.facets = facetsOf(byId);
    }

    static CatalogIndex of(Collection<CatalogItem> items) {
        return of(items, null);
    }

    private static CatalogIndex of(Collection<CatalogItem> items, CatalogIndex previous) {
        CatalogItem[] byId = items.toArray(CatalogItem[]::new);
        Arrays.sort(byId, Comparator.comparingLong(CatalogItem::id));
        return new CatalogIndex(byId, previous);
    }

    /** The card this index made for {@code item}, if it holds that very item. */
    private Card cardOf(CatalogItem item) {
        int at = position(item.id());
        return at >= 0 && items[at] == item ? cards[at] : null;
    }

    int size() {
        return items.length;
    }

    /**
     * This index with the products {@code changedIds} replaced by {@code fresh}: those of them buyers may still see
     * (a changed id missing from {@code fresh} is gone from the catalog).
     */
    CatalogIndex with(Set<Long> changedIds, Collection<CatalogItem> fresh) {
        Map<Long, CatalogItem> all = new HashMap<>(items.length * 2);
        for (CatalogItem item : items) {
            all.put(item.id(), item);
        }
        changedIds.forEach(all::remove);
        fresh.forEach(item -> all.put(item.id(), item));
        return of(all.values(), this);
    }

    CatalogItem byId(long id) {
        int at = position(id);
        return at < 0 ? null : items[at];
    }

    private int position(long id) {
        int lo = 0;
        int hi = items.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long at = items[mid].id();
            if (at < id) {
                lo = mid + 1;
            } else if (at > id) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    CatalogItem byDressId(DressId dressId) {
        return byDressNumber.get(dressId.number());
    }

    Facets facets() {
        return facets;
    }

    /** One page of the products matching {@code query}, and how many match in all. */
    Result search(CatalogQuery query, SearchTerms terms, Instant now) {
        BitSet wanted = null; // null: every product
        for (BitSet set : new BitSet[]{
                query.category() == null ? null : value(categories, query.category()),
                query.color() == null ? null : value(colors, query.color()),
                query.size() == null ? null : value(sizes, query.size()),
                query.search() == null ? null : matching(terms)}) {
            if (set != null) {
                if (wanted == null) {
                    wanted = (BitSet) set.clone();
                } else {
                    wanted.and(set);
                }
            }
        }
        if (wanted != null && wanted.isEmpty()) {
            return new Result(List.of(), 0);
        }
        long min = query.minRupees() == null ? Long.MIN_VALUE : query.minRupees() * 100;
        long max = query.maxRupees() == null ? Long.MAX_VALUE : query.maxRupees() * 100;
        long since = query.newArrivals() ? now.minus(CatalogQuery.NEW_ARRIVAL_PERIOD).getEpochSecond() : NOT_PUBLISHED;
        int[] order = switch (query.sort()) {
            case NEWEST -> newest;
            case PRICE_LOW -> priceLow;
            case PRICE_HIGH -> priceHigh;
        };
        int from = query.offset();
        int to = from + CatalogQuery.PAGE_SIZE;
        List<Card> page = new ArrayList<>(CatalogQuery.PAGE_SIZE);
        long total = 0;
        for (int at : order) {
            if ((wanted != null && !wanted.get(at)) || paise[at] < min || paise[at] > max
                    || (since != NOT_PUBLISHED && (publishedSeconds[at] == NOT_PUBLISHED
                    || publishedSeconds[at] < since))) {
                continue;
            }
            if (total >= from && total < to) {
                page.add(cards[at]);
            }
            total++;
        }
        return new Result(page, total);
    }

    record Result(List<Card> cards, long total) {
    }

    /** Every visible product, most recently published first. */
    List<SitemapEntry> sitemap() {
        CatalogItem[] all = items.clone();
        Arrays.sort(all, PUBLISHED_NEWEST_FIRST);
        List<SitemapEntry> entries = new ArrayList<>(all.length);
        for (CatalogItem item : all) {
            entries.add(new SitemapEntry(item.dressId(), item.updatedAt()));
        }
        return entries;
    }

    /** The positions whose stemmed words match {@code terms}. */
    private BitSet matching(SearchTerms terms) {
        if (terms instanceof SearchTerms.Word w) {
            if (!w.prefix()) {
                return positions(words.get(w.word()));
            }
            BitSet any = new BitSet(items.length);
            words.subMap(w.word(), true, w.word() + Character.MAX_VALUE, false).values()
                    .forEach(list -> any.or(positions(list)));
            return any;
        }
        if (terms instanceof SearchTerms.All all) {
            BitSet every = null;
            for (SearchTerms term : all.terms()) {
                BitSet next = matching(term);
                if (every == null) {
                    every = next;
                } else {
                    every.and(next);
                }
            }
            return every == null ? new BitSet() : every;
        }
        if (terms instanceof SearchTerms.Any any) {
            BitSet some = new BitSet(items.length);
            any.terms().forEach(term -> some.or(matching(term)));
            return some;
        }
        if (terms instanceof SearchTerms.Not not) {
            BitSet others = matching(not.term());
            others.flip(0, items.length);
            return others;
        }
        return new BitSet(); // nothing to look for
    }

    private BitSet positions(int[] list) {
        BitSet set = new BitSet(items.length);
        if (list != null) {
            for (int at : list) {
                set.set(at);
            }
        }
        return set;
    }

    /** The products with this filter value, as the database's {@code lower(x) = lower(?)} compared them. */
    private static BitSet value(Map<String, BitSet> sets, String value) {
        BitSet set = sets.get(value.toLowerCase(Locale.ROOT));
        return set == null ? new BitSet() : set;
    }

    private static void mark(Map<String, BitSet> sets, List<String> values, int at, int n) {
        for (String value : values) {
            sets.computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> new BitSet(n)).set(at);
        }
    }

    private static int[] order(CatalogItem[] byId, Comparator<CatalogItem> by) {
        Integer[] positions = new Integer[byId.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        Arrays.sort(positions, (a, b) -> by.compare(byId[a], byId[b]));
        int[] order = new int[positions.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = positions[i];
        }
        return order;
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
}
