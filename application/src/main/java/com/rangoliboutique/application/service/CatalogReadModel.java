package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.CatalogChange;
import com.rangoliboutique.application.port.out.CatalogChanges;
import com.rangoliboutique.application.port.out.CatalogReads;
import com.rangoliboutique.application.port.out.CatalogReads.CatalogItem;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What buyers can see, kept in memory by each web process and following every committed change: read whole once,
 * then product by product as {@link CatalogChanges} tells of changes (everything again when changes may have been
 * missed). Buyers' pages are answered from it without a database query; subscribers (the page cache) hear of each
 * change once it shows here.
 */
public final class CatalogReadModel implements CatalogChanges.Listener {

    private static final System.Logger LOG = System.getLogger(CatalogReadModel.class.getName());
    private static final int SEARCHES_KEPT = 2_000;

    private final CatalogReads reads;
    private final Settings settings;
    private final List<Consumer<CatalogChange>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<String, SearchTerms> searches = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SearchTerms> eldest) {
            return size() > SEARCHES_KEPT;
        }
    };
    private volatile State state;

    /** The catalog and the settings its pages show, as of one moment. */
    record State(CatalogIndex index, ShopSettings settings) {
    }

    public CatalogReadModel(CatalogReads reads, Settings settings) {
        this.reads = reads;
        this.settings = settings;
    }

    /** Starts following the database's changes; the catalog itself is read at first use. */
    public void follow(CatalogChanges changes) {
        changes.listen(this);
    }

    void subscribe(Consumer<CatalogChange> subscriber) {
        subscribers.add(subscriber);
    }

    /** The current catalog, read from the database first if this is the first use. */
    State current() {
        State current = state;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (state == null) {
                state = load();
            }
            return state;
        }
    }

    /** The buyer's words as the full-text search reads them; the same words are parsed once. */
    SearchTerms searchTerms(String text) {
        String key = text.strip().toLowerCase(java.util.Locale.ROOT);
        synchronized (searches) {
            SearchTerms known = searches.get(key);
            if (known != null) {
                return known;
            }
        }
        SearchTerms terms = reads.searchTerms(text);
        synchronized (searches) {
            searches.put(key, terms);
        }
        return terms;
    }

    @Override
    public synchronized void productsChanged(Set<Long> productIds) {
        State current = state;
        if (current == null) {
            return; // not read yet: the first read sees these changes
        }
        List<CatalogItem> fresh = reads.visibleItems(productIds);
        Set<DressId> affected = new HashSet<>();
        Map<Long, CatalogItem> freshById = new java.util.HashMap<>();
        fresh.forEach(item -> freshById.put(item.id(), item));
        for (long id : productIds) {
            CatalogItem before = current.index().byId(id);
            CatalogItem after = freshById.get(id);
            if (!Objects.equals(before, after)) {
                affected.add((before != null ? before : after).dressId());
            }
        }
        if (affected.isEmpty()) {
            return; // drafts, or nothing buyers see
        }
        state = new State(current.index().with(productIds, fresh), current.settings());
        publish(new CatalogChange(affected, false));
    }

    @Override
    public synchronized void settingsChanged() {
        State current = state;
        if (current == null) {
            return;
        }
        ShopSettings now = settings.load();
        if (!now.equals(current.settings())) {
            state = new State(current.index(), now);
            publish(CatalogChange.EVERYTHING);
        }
    }

    @Override
    public synchronized void anythingMayHaveChanged() {
        if (state != null) {
            refresh();
        }
    }

    /** Reads everything again now. */
    synchronized void refresh() {
        state = load();
        publish(CatalogChange.EVERYTHING);
    }

    private State load() {
        long start = System.nanoTime();
        ShopSettings shop = settings.load();
        CatalogIndex index = CatalogIndex.of(reads.visibleItems());
        LOG.log(System.Logger.Level.INFO, "catalog read: {0} visible products in {1} ms", index.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new State(index, shop);
    }

    private void publish(CatalogChange change) {
        for (Consumer<CatalogChange> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a catalog subscriber failed", e);
            }
        }
    }
}
