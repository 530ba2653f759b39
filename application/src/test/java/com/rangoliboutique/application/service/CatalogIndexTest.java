package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.CatalogReads.CatalogItem;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.SearchTerms;
import com.rangoliboutique.domain.catalog.SearchWords;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An index changed product by product answers every query as one built afresh from the same products. */
class CatalogIndexTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<String> CATEGORIES = List.of("saree", "Saree", "dress", "lehenga", "kurta");
    private static final List<String> COLORS = List.of("Red", "red", "Green", "Gold", "Maroon");
    private static final List<String> SIZES = List.of("S", "M", "L", "Free Size");
    private static final List<String> WORDS = List.of("silk", "cotton", "red", "zari", "wed", "banarasi", "rare");

    private static CatalogItem random(Random r, long id) {
        List<String> words = new ArrayList<>();
        for (String w : WORDS) {
            if (r.nextInt(3) == 0) {
                words.add(w);
            }
        }
        Instant published = r.nextInt(10) == 0 ? null : NOW.minusSeconds(r.nextInt(40 * 86_400));
        long rupees = 500 + r.nextInt(20) * 100;
        Price salePrice = r.nextInt(4) == 0 ? Price.ofRupees(rupees - 50 - r.nextInt(400)) : null; // some on sale
        return new CatalogItem(id, new DressId(1000 + (int) id), "Piece " + id, Price.ofRupees(rupees), salePrice,
                r.nextInt(5) == 0 ? ProductStatus.SOLD_OUT : ProductStatus.PUBLISHED, published, published,
                pick(r, CATEGORIES), pick(r, COLORS), pick(r, SIZES), SearchWords.of(words), null);
    }

    private static List<String> pick(Random r, List<String> from) {
        List<String> out = new ArrayList<>();
        for (String v : from) {
            if (r.nextInt(4) == 0 && out.stream().noneMatch(v::equalsIgnoreCase)) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<CatalogQuery> queries() {
        List<CatalogQuery> queries = new ArrayList<>();
        for (var sort : com.rangoliboutique.domain.catalog.CatalogSort.values()) {
            for (int page = 1; page <= 3; page++) {
                queries.add(new CatalogQuery(null, null, null, null, null, false, null, sort, page));
                queries.add(new CatalogQuery("saree", null, null, null, null, false, null, sort, page));
                queries.add(new CatalogQuery(null, 800L, 1500L, "red", null, false, null, sort, page));
                queries.add(new CatalogQuery(null, null, null, null, "m", true, null, sort, page));
                queries.add(new CatalogQuery("dress", null, 2000L, null, null, false, "silk", sort, page));
            }
        }
        return queries;
    }

    private static final Map<String, SearchTerms> TERMS = Map.of(
            "silk", new SearchTerms.Any(List.of(new SearchTerms.All(List.of(new SearchTerms.Word("silk", false),
                    new SearchTerms.Not(new SearchTerms.Word("rare", false)))), new SearchTerms.Word("za", true))));

    @Test
    void changedProductByProductItAnswersAsIfBuiltAfresh() {
        Random r = new Random(42);
        Map<Long, CatalogItem> products = new HashMap<>();
        for (long id = 1; id <= 300; id++) {
            products.put(id, random(r, id));
        }
        CatalogIndex followed = CatalogIndex.of(products.values());
        long nextId = 301;
        for (int round = 0; round < 60; round++) {
            Set<Long> changed = new HashSet<>();
            List<CatalogItem> fresh = new ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(8); k++) {
                int what = r.nextInt(3);
                long id = what == 0 ? nextId++ : 1 + r.nextInt((int) nextId - 1);
                changed.add(id);
                if (what == 2) {
                    products.remove(id); // hidden, sold or discarded
                } else {
                    CatalogItem item = random(r, id);
                    products.put(id, item);
                }
            }
            for (long id : changed) {
                if (products.containsKey(id)) {
                    fresh.add(products.get(id));
                }
            }
            followed = followed.with(changed, fresh);
            CatalogIndex afresh = CatalogIndex.of(products.values());
            assertEquals(afresh.size(), followed.size(), "round " + round);
            assertEquals(afresh.facets(), followed.facets(), "round " + round);
            assertEquals(afresh.sitemap(), followed.sitemap(), "round " + round);
            for (CatalogQuery query : queries()) {
                SearchTerms terms = query.search() == null ? null : TERMS.get(query.search());
                assertEquals(afresh.search(query, terms, NOW), followed.search(query, terms, NOW),
                        "round " + round + ", " + query);
            }
        }
    }
}
