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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What buyers can see, in memory and laid out for queries. Each product has a slot; each filter value (category,
 * colour, size) and each stemmed search word has the set of slots that have it; each sort order is an array of slots
 * with the prices and publication times beside them in the same order. A page of any selection is a few set
 * intersections and one pass over arrays of numbers — no database, no pointer chasing per product.
 *
 * <p>Immutable: a change makes a new index ({@link #with}). A few changed products keep every other slot where it is
 * and copy only the sets and orders they touch; many at once build the index afresh. The orders are the catalog's:
 * available pieces before sold-out ones, then newest first (unknown publication time last) or by the price a buyer
 * pays (the sale price where there is one, as the price filter compares); the product
 * id breaks ties, newest first, so pages are stable.
 */
final class CatalogIndex {

    /** Above this many changed products at once, building afresh is as cheap as moving each one. */
    private static final int INCREMENTAL_LIMIT = 256;
    private static final List<String> SIZE_ORDER = List.of("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "3xl",
            "4xl", "free size");
    static final long NOT_PUBLISHED = Long.MIN_VALUE;

    private static final Comparator<CatalogItem> SOLD_OUT_LAST =
            Comparator.comparing(item -> item.status() == ProductStatus.SOLD_OUT);
    private static final Comparator<CatalogItem> NEWEST_ID_FIRST =
            Comparator.comparingLong(CatalogItem::id).reversed();
    private static final Comparator<CatalogItem> NEWEST = SOLD_OUT_LAST
            .thenComparing(CatalogItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PRICE_LOW = SOLD_OUT_LAST
            .thenComparingLong((CatalogItem item) -> item.buyerPrice().paise()).thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PRICE_HIGH = SOLD_OUT_LAST
            .thenComparing((CatalogItem item) -> item.buyerPrice().paise(), Comparator.reverseOrder())
            .thenComparing(NEWEST_ID_FIRST);
    private static final Comparator<CatalogItem> PUBLISHED_NEWEST_FIRST = Comparator
            .comparing(CatalogItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(NEWEST_ID_FIRST);

    /** The products by slot; null where a product left the catalog. */
    private final CatalogItem[] slots;
    /** Each product's card, made once: the same object for as long as the product is unchanged. */
    private final Card[] cards;
    private final BitSet live;
    private final int size;
    private final Map<Long, Integer> slotOfId;
    private final Map<Integer, CatalogItem> byDressNumber;
    private final Map<String, BitSet> categories;
    private final Map<String, BitSet> colors;
    private final Map<String, BitSet> sizes;
    /** Stemmed word → its slots: a {@link BitSet} for frequent words (smaller than a list), else an int[]. */
    private final TreeMap<String, Object> words;
    private final CatalogOrder newest;
    private final CatalogOrder priceLow;
    private final CatalogOrder priceHigh;
    private final Facets facets;

    /** Built afresh: slots in id order. */
    private CatalogIndex(CatalogItem[] byId) {
        int n = byId.length;
        this.slots = byId;
        this.cards = new Card[n];
        this.live = new BitSet(n);
        this.size = n;
        this.slotOfId = new HashMap<>(n * 2);
        this.byDressNumber = new HashMap<>(n * 2);
        this.categories = new HashMap<>();
        this.colors = new HashMap<>();
        this.sizes = new HashMap<>();
        Map<String, int[]> postings = new HashMap<>();
        Map<String, int[]> postingSizes = new HashMap<>();
        for (int slot = 0; slot < n; slot++) {
            CatalogItem item = byId[slot];
            cards[slot] = card(item);
            live.set(slot);
            slotOfId.put(item.id(), slot);
            byDressNumber.put(item.dressId().number(), item);
            mark(categories, item.categories(), slot, n);
            mark(colors, item.colors(), slot, n);
            mark(sizes, item.sizes(), slot, n);
            for (String word : item.words().asList()) {
                int[] count = postingSizes.computeIfAbsent(word, w -> new int[1]);
                int[] list = postings.get(word);
                if (list == null || list.length == count[0]) {
                    list = list == null ? new int[4] : Arrays.copyOf(list, list.length * 2);
                    postings.put(word, list);
                }
                list[count[0]++] = slot;
            }
        }
        this.words = new TreeMap<>();
        postings.forEach((word, list) -> words.put(word, compact(Arrays.copyOf(list, postingSizes.get(word)[0]), n)));
        this.newest = CatalogOrder.of(byId, NEWEST);
        this.priceLow = CatalogOrder.of(byId, PRICE_LOW);
        this.priceHigh = CatalogOrder.of(byId, PRICE_HIGH);
        this.facets = facetsOf();
    }

    /** {@code before} with a few products changed: every other product keeps its slot, sets and orders are shared. */
    private CatalogIndex(CatalogIndex before, Set<Long> changedIds, Collection<CatalogItem> fresh) {
        Map<Long, CatalogItem> freshById = new HashMap<>();
        fresh.forEach(item -> freshById.put(item.id(), item));
        int added = 0;
        for (CatalogItem item : fresh) {
            added += before.slotOfId.containsKey(item.id()) ? 0 : 1;
        }
        this.slots = Arrays.copyOf(before.slots, before.slots.length + added);
        this.cards = Arrays.copyOf(before.cards, slots.length);
        this.live = (BitSet) before.live.clone();
        this.slotOfId = new HashMap<>(before.slotOfId);
        this.byDressNumber = new HashMap<>(before.byDressNumber);
        this.categories = new HashMap<>(before.categories);
        this.colors = new HashMap<>(before.colors);
        this.sizes = new HashMap<>(before.sizes);
        this.words = new TreeMap<>(before.words);
        // sets copied for this change, written freely: words by word, filter values' sets by identity
        Map<String, BitSet> copiedWords = new HashMap<>();
        Set<BitSet> copied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Integer> touched = new HashSet<>();
        int next = before.slots.length;
        for (long id : changedIds) {
            Integer slot = slotOfId.get(id);
            CatalogItem now = freshById.get(id);
            if (slot != null) {
                CatalogItem old = slots[slot];
                unmark(categories, old.categories(), slot, copied);
                unmark(colors, old.colors(), slot, copied);
                unmark(sizes, old.sizes(), slot, copied);
                old.words().asList().forEach(word -> wordSet(word, copiedWords).clear(slot));
                byDressNumber.remove(old.dressId().number());
                slots[slot] = null;
                cards[slot] = null;
                live.clear(slot);
                slotOfId.remove(id);
                touched.add(slot);
            }
            if (now != null) {
                int at = slot != null ? slot : next++;
                slots[at] = now;
                cards[at] = card(now);
                live.set(at);
                slotOfId.put(id, at);
                byDressNumber.put(now.dressId().number(), now);
                markCopy(categories, now.categories(), at, copied);
                markCopy(colors, now.colors(), at, copied);
                markCopy(sizes, now.sizes(), at, copied);
                now.words().asList().forEach(word -> wordSet(word, copiedWords).set(at));
                touched.add(at);
            }
        }
        this.size = live.cardinality();
        int n = slots.length;
        copiedWords.forEach((word, set) -> {
            if (set.isEmpty()) {
                words.remove(word);
            } else {
                words.put(word, compact(set.stream().toArray(), n));
            }
        });
        for (Map<String, BitSet> values : List.of(categories, colors, sizes)) {
            values.values().removeIf(BitSet::isEmpty);
        }
        this.newest = before.newest.moved(slots, touched, NEWEST);
        this.priceLow = before.priceLow.moved(slots, touched, PRICE_LOW);
        this.priceHigh = before.priceHigh.moved(slots, touched, PRICE_HIGH);
        this.facets = facetsOf();
    }

    static CatalogIndex of(Collection<CatalogItem> items) {
        CatalogItem[] byId = items.toArray(CatalogItem[]::new);
        Arrays.sort(byId, Comparator.comparingLong(CatalogItem::id));
        return new CatalogIndex(byId);
    }

    int size() {
        return size;
    }

    /**
     * This index with the products {@code changedIds} replaced by {@code fresh}: those of them buyers may still see
     * (a changed id missing from {@code fresh} is gone from the catalog).
     */
    CatalogIndex with(Set<Long> changedIds, Collection<CatalogItem> fresh) {
        if (changedIds.size() <= INCREMENTAL_LIMIT) {
            return new CatalogIndex(this, changedIds, fresh);
        }
        Map<Long, CatalogItem> all = new HashMap<>(size * 2);
        for (CatalogItem item : slots) {
            if (item != null) {
                all.put(item.id(), item);
            }
        }
        changedIds.forEach(all::remove);
        fresh.forEach(item -> all.put(item.id(), item));
        return of(all.values());
    }

    CatalogItem byId(long id) {
        Integer slot = slotOfId.get(id);
        return slot == null ? null : slots[slot];
    }

    CatalogItem byDressId(DressId dressId) {
        return byDressNumber.get(dressId.number());
    }

    /** The product's card (the same object the catalog's pages show), or null when it is not in the catalog. */
    Card cardOf(DressId dressId) {
        CatalogItem item = byDressId(dressId);
        Integer slot = item == null ? null : slotOfId.get(item.id());
        return slot == null ? null : cards[slot];
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
        CatalogOrder order = switch (query.sort()) {
            case NEWEST -> newest;
            case PRICE_LOW -> priceLow;
            case PRICE_HIGH -> priceHigh;
        };
        int from = query.offset();
        int to = from + CatalogQuery.PAGE_SIZE;
        List<Card> page = new ArrayList<>(CatalogQuery.PAGE_SIZE);
        int[] positions = order.slots;
        if (query.minRupees() == null && query.maxRupees() == null && !query.newArrivals()) {
            // the count is the set's size: walk the order only as far as this page
            long total = wanted == null ? positions.length : wanted.cardinality();
            int seen = 0;
            for (int i = 0; i < positions.length && seen < to; i++) {
                int at = positions[i];
                if (wanted == null || wanted.get(at)) {
                    if (seen >= from) {
                        page.add(cards[at]);
                    }
                    seen++;
                }
            }
            return new Result(page, total);
        }
        long min = query.minRupees() == null ? Long.MIN_VALUE : query.minRupees() * 100;
        long max = query.maxRupees() == null ? Long.MAX_VALUE : query.maxRupees() * 100;
        long since = query.newArrivals() ? now.minus(CatalogQuery.NEW_ARRIVAL_PERIOD).getEpochSecond() : Long.MIN_VALUE;
        long[] prices = order.paise;
        long[] published = order.publishedSeconds; // unpublished: NOT_PUBLISHED, below any "since"
        long total = 0;
        for (int i = 0; i < positions.length; i++) { // one pass, in order, over arrays laid out in that order
            if (prices[i] < min || prices[i] > max || published[i] < since) {
                continue;
            }
            int at = positions[i];
            if (wanted != null && !wanted.get(at)) {
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
        List<CatalogItem> all = new ArrayList<>(size);
        for (CatalogItem item : slots) {
            if (item != null) {
                all.add(item);
            }
        }
        all.sort(PUBLISHED_NEWEST_FIRST);
        List<SitemapEntry> entries = new ArrayList<>(all.size());
        for (CatalogItem item : all) {
            entries.add(new SitemapEntry(item.dressId(), item.updatedAt()));
        }
        return entries;
    }

    /** The slots whose stemmed words match {@code terms}. */
    private BitSet matching(SearchTerms terms) {
        if (terms instanceof SearchTerms.Word w) {
            if (!w.prefix()) {
                return positions(words.get(w.word()));
            }
            BitSet any = new BitSet(slots.length);
            words.subMap(w.word(), true, w.word() + Character.MAX_VALUE, false).values()
                    .forEach(entry -> any.or(positions(entry)));
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
            BitSet some = new BitSet(slots.length);
            any.terms().forEach(term -> some.or(matching(term)));
            return some;
        }
        if (terms instanceof SearchTerms.Not not) {
            BitSet others = (BitSet) live.clone();
            others.andNot(matching(not.term()));
            return others;
        }
        return new BitSet(); // nothing to look for
    }

    /** A new set of the slots of one word's entry (null: none). */
    private BitSet positions(Object entry) {
        if (entry instanceof BitSet set) {
            return (BitSet) set.clone();
        }
        BitSet set = new BitSet(slots.length);
        if (entry != null) {
            for (int at : (int[]) entry) {
                set.set(at);
            }
        }
        return set;
    }

    /** A word's set, copied once for this change. */
    private BitSet wordSet(String word, Map<String, BitSet> copied) {
        return copied.computeIfAbsent(word, w -> positions(words.get(word)));
    }

    private static Object compact(int[] slots, int n) {
        if ((long) slots.length * Integer.SIZE <= n) {
            return slots;
        }
        BitSet set = new BitSet(n);
        for (int slot : slots) {
            set.set(slot);
        }
        return set;
    }

    /** The products with this filter value, as the database's {@code lower(x) = lower(?)} compared them. */
    private static BitSet value(Map<String, BitSet> sets, String value) {
        BitSet set = sets.get(value.toLowerCase(Locale.ROOT));
        return set == null ? new BitSet() : set;
    }

    private static void mark(Map<String, BitSet> sets, List<String> values, int slot, int n) {
        for (String value : values) {
            sets.computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> new BitSet(n)).set(slot);
        }
    }

    private static void markCopy(Map<String, BitSet> sets, List<String> values, int slot, Set<BitSet> copied) {
        for (String value : values) {
            copiedSet(sets, value.toLowerCase(Locale.ROOT), copied).set(slot);
        }
    }

    private static void unmark(Map<String, BitSet> sets, List<String> values, int slot, Set<BitSet> copied) {
        for (String value : values) {
            copiedSet(sets, value.toLowerCase(Locale.ROOT), copied).clear(slot);
        }
    }

    /** The set of {@code key} in {@code sets}, replaced by a copy of it the first time this change touches it. */
    private static BitSet copiedSet(Map<String, BitSet> sets, String key, Set<BitSet> copied) {
        BitSet current = sets.get(key);
        if (current != null && copied.contains(current)) {
            return current;
        }
        BitSet copy = current == null ? new BitSet() : (BitSet) current.clone();
        copied.add(copy);
        sets.put(key, copy);
        return copy;
    }

    private static Card card(CatalogItem item) {
        return new Card(item.dressId(), item.title(), item.price(), item.salePrice(), item.status(),
                item.publishedAt(), item.photo());
    }

    private Facets facetsOf() {
        Map<String, String> categorySpellings = new TreeMap<>();
        Map<String, String> colorSpellings = new TreeMap<>();
        Map<String, String> sizeSpellings = new TreeMap<>(Comparator.comparingInt(CatalogIndex::sizeRank)
                .thenComparing(Function.identity()));
        for (CatalogItem item : slots) {
            if (item != null) {
                item.categories().forEach(c -> spelling(categorySpellings, c));
                item.colors().forEach(c -> spelling(colorSpellings, c));
                item.sizes().forEach(s -> spelling(sizeSpellings, s));
            }
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long paise : priceLow.paise) {
            min = Math.min(min, paise);
            max = Math.max(max, paise);
        }
        return new Facets(List.copyOf(categorySpellings.values()), List.copyOf(colorSpellings.values()),
                List.copyOf(sizeSpellings.values()), size == 0 ? null : min / 100, size == 0 ? null : (max + 99) / 100);
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
