package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Card;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.CatalogChange;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.CatalogPage;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.Facets;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.EnquiryEntry;
import com.rangoliboutique.application.port.in.BrowseCatalogUseCase.EnquiryList;
import com.rangoliboutique.domain.catalog.CatalogQuery;
import com.rangoliboutique.domain.catalog.EnquiryIds;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.rangoliboutique.application.service.InMemoryCatalogReads.item;
import static com.rangoliboutique.application.service.InMemoryCatalogReads.withSalePrice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog read from memory: filters, orders, pages, facets, and following changes — no database. */
class BrowseCatalogServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ProductStatus ON_SALE = ProductStatus.PUBLISHED;

    private final InMemoryCatalogReads reads = new InMemoryCatalogReads();
    private final InMemorySettings settings = new InMemorySettings();
    private final List<CatalogChange> told = new ArrayList<>();
    private CatalogReadModel model;
    private BrowseCatalogService catalog;

    @BeforeEach
    void shop() {
        reads.put(item(1, "Red Banarasi Silk Saree", 12_500, ON_SALE, NOW.minus(Duration.ofDays(30)),
                List.of("saree"), List.of("Red"), List.of("Free Size")));
        reads.put(item(2, "Green Silk Dress", 4_000, ON_SALE, NOW.minus(Duration.ofDays(2)),
                List.of("Dress"), List.of("Green", "Gold"), List.of("M", "S", "XL")));
        reads.put(item(3, "Sold Chanderi Saree", 9_000, ProductStatus.SOLD_OUT, NOW.minus(Duration.ofDays(1)),
                List.of("Saree"), List.of("red"), List.of("Free Size")));
        reads.put(item(4, "Cotton Kurta", 1_800, ON_SALE, null, List.of("dress", "kurta"), List.of(), List.of("L")));
        model = new CatalogReadModel(reads, settings);
        catalog = new BrowseCatalogService(model, reads, Clock.fixed(NOW, ZoneOffset.UTC), "https://shop.example/");
        catalog.subscribe(told::add);
    }

    private CatalogPage page(Map<String, String> parameters) {
        return catalog.catalog(CatalogQuery.fromParameters(parameters));
    }

    private List<String> titles(Map<String, String> parameters) {
        return page(parameters).cards().stream().map(Card::title).toList();
    }

    @Test
    void availablePiecesComeFirstInEachOrderAndSoldOutOnesLast() {
        assertEquals(List.of("Green Silk Dress", "Red Banarasi Silk Saree", "Cotton Kurta", "Sold Chanderi Saree"),
                titles(Map.of()), "newest first; no publication time after the others");
        assertEquals(List.of("Cotton Kurta", "Green Silk Dress", "Red Banarasi Silk Saree", "Sold Chanderi Saree"),
                titles(Map.of("sort", "price_asc")));
        assertEquals(List.of("Red Banarasi Silk Saree", "Green Silk Dress", "Cotton Kurta", "Sold Chanderi Saree"),
                titles(Map.of("sort", "price_desc")));
    }

    @Test
    void filtersCompareWithoutCaseAndCombine() {
        assertEquals(List.of("Red Banarasi Silk Saree", "Sold Chanderi Saree"), titles(Map.of("category", "SAREE")));
        assertEquals(List.of("Red Banarasi Silk Saree", "Sold Chanderi Saree"), titles(Map.of("color", "red")));
        assertEquals(List.of("Green Silk Dress"), titles(Map.of("size", "xl")));
        assertEquals(List.of("Green Silk Dress", "Cotton Kurta"), titles(Map.of("max", "4000")));
        assertEquals(List.of("Red Banarasi Silk Saree", "Sold Chanderi Saree"),
                titles(Map.of("min", "9000", "max", "12500")));
        assertEquals(List.of("Green Silk Dress", "Sold Chanderi Saree"), titles(Map.of("new", "1")));
        assertEquals(List.of("Green Silk Dress"), titles(Map.of("new", "1", "category", "dress", "color", "gold")));
        assertEquals(List.of("Green Silk Dress", "Red Banarasi Silk Saree"), titles(Map.of("q", "silk")));
        assertEquals(List.of(), titles(Map.of("q", "the")), "only stop words: nothing to look for");
    }

    @Test
    void theSameSearchWordsAreReadOnce() {
        page(Map.of("q", "silk"));
        page(Map.of("q", "Silk ", "sort", "price_asc"));
        page(Map.of("q", "silk", "page", "1", "category", "saree"));
        assertEquals(1, reads.searchReads.get());
    }

    @Test
    void pagesAreStableCompleteAndCountEveryMatch() {
        for (long id = 10; id < 70; id++) {
            reads.put(item(id, "Saree " + id, 1_000 + (id % 3) * 100, ON_SALE, NOW, List.of("plain"), List.of(),
                    List.of()));
        }
        model.refresh();
        List<String> seen = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            CatalogPage page = page(Map.of("category", "plain", "sort", "price_asc", "page", Integer.toString(n)));
            assertEquals(60, page.total());
            assertEquals(3, page.pageCount());
            page.cards().forEach(c -> seen.add(c.title()));
        }
        assertEquals(60, seen.stream().distinct().count());
        CatalogPage beyond = page(Map.of("category", "plain", "page", "4"));
        assertTrue(beyond.cards().isEmpty() && beyond.beyondLastPage());
    }

    @Test
    void pagesStopAtTheLastPageALinkMayAskFor() {
        for (long id = 100; id < 100 + CatalogQuery.PAGE_SIZE * CatalogQuery.MAX_PAGE + 30; id++) {
            reads.put(item(id, "Piece " + id, 1_000, ON_SALE, NOW, List.of("many"), List.of(), List.of()));
        }
        model.refresh();
        CatalogPage last = page(Map.of("category", "many", "page", Integer.toString(CatalogQuery.MAX_PAGE)));
        assertEquals(CatalogQuery.PAGE_SIZE * CatalogQuery.MAX_PAGE + 30, last.total());
        assertEquals(CatalogQuery.MAX_PAGE, last.pageCount());
        assertEquals(CatalogQuery.PAGE_SIZE, last.cards().size());
        assertFalse(last.beyondLastPage());
    }

    @Test
    void facetsOfferEachValueOnceInWearingOrderForSizes() {
        Facets facets = page(Map.of()).facets();
        assertEquals(List.of("Dress", "kurta", "Saree"), facets.categories());
        assertEquals(List.of("Gold", "Green", "Red"), facets.colors());
        assertEquals(List.of("S", "M", "L", "XL", "Free Size"), facets.sizes());
        assertEquals(1_800L, facets.minRupees());
        assertEquals(12_500L, facets.maxRupees());
    }

    @Test
    void anEnquiryListShowsEachPieceAsItsCardAndAsksAboutThoseStillInTheCatalog() {
        page(Map.of());
        reads.items.remove(4L); // the kurta leaves the catalog
        model.productsChanged(Set.of(4L));
        int readsBefore = reads.wholeReads.get();

        EnquiryList list = catalog.enquiryList(EnquiryIds.parse("D-1003,D-1004,D-1001,D-1999"));

        assertEquals(List.of("D-1003", "D-1004", "D-1001", "D-1999"),
                list.entries().stream().map(e -> e.dressId().value()).toList(), "the buyer's order, gone ones too");
        assertEquals(List.of(true, false, true, false), list.entries().stream().map(EnquiryEntry::inCatalog).toList());
        assertEquals(ProductStatus.SOLD_OUT, list.entries().get(0).card().status());
        assertTrue(list.entries().get(0).card() == page(Map.of()).cards().get(2), "the catalog's own card");
        assertEquals("""
                Hi Poonam Jain, I'm interested in these pieces from Rangoli Boutique:
                D-1003 Sold Chanderi Saree (sold out) — https://shop.example/d/D-1003
                D-1001 Red Banarasi Silk Saree — https://shop.example/d/D-1001
                Ship to: [your city, country]""", list.whatsapp().message());
        assertEquals(readsBefore, reads.wholeReads.get(), "from memory");

        EnquiryList gone = catalog.enquiryList(EnquiryIds.parse("D-1004"));
        assertEquals(null, gone.whatsapp(), "nothing left to ask about");
        assertEquals(1, gone.entries().size());
    }

    @Test
    void aChangedProductIsReadAgainAloneAndToldWithItsPage() {
        page(Map.of());
        assertEquals(1, reads.wholeReads.get());
        reads.put(item(2, "Green Silk Dress", 3_000, ProductStatus.SOLD_OUT, NOW.minus(Duration.ofDays(2)),
                List.of("Dress"), List.of("Green"), List.of("M")));
        reads.items.remove(4L); // hidden
        model.productsChanged(Set.of(2L, 4L));

        assertEquals(List.of("Red Banarasi Silk Saree", "Green Silk Dress", "Sold Chanderi Saree"),
                titles(Map.of("sort", "price_asc")));
        assertEquals(1, reads.wholeReads.get(), "not read whole again");
        assertEquals(List.of(new CatalogChange(Set.of(new DressId(1002), new DressId(1004)), false)), told);
        assertEquals(List.of("M", "Free Size"), page(Map.of()).facets().sizes(), "facets follow");
    }

    @Test
    void thePriceFilterSortAndRangeGoByWhatTheBuyerPaysTheSalePriceWhereThereIsOne() {
        reads.put(withSalePrice(reads.items.get(1L), 3_000)); // the ₹12,500 saree, now below the ₹4,000 dress
        model.refresh();

        assertEquals(List.of("Cotton Kurta", "Red Banarasi Silk Saree", "Green Silk Dress", "Sold Chanderi Saree"),
                titles(Map.of("sort", "price_asc")));
        assertEquals(List.of("Green Silk Dress", "Red Banarasi Silk Saree", "Cotton Kurta", "Sold Chanderi Saree"),
                titles(Map.of("sort", "price_desc")));
        assertEquals(List.of("Red Banarasi Silk Saree", "Cotton Kurta"), titles(Map.of("max", "3000")));
        assertEquals(List.of(), titles(Map.of("min", "10000")), "its regular price is not what it sells for");
        assertEquals(9_000L, page(Map.of()).facets().maxRupees(), "the range offered is of the prices buyers pay");
        Card saree = page(Map.of("max", "3000")).cards().get(0);
        assertEquals(com.rangoliboutique.domain.product.Price.ofRupees(12_500), saree.price());
        assertEquals(com.rangoliboutique.domain.product.Price.ofRupees(3_000), saree.salePrice());
        assertTrue(saree.onSale());
    }

    @Test
    void aSalePriceSetOrEndedIsToldAndMovesThePieceInThePriceOrder() {
        page(Map.of());
        reads.put(withSalePrice(reads.items.get(1L), 3_000));
        model.productsChanged(Set.of(1L));

        assertEquals(List.of(new CatalogChange(Set.of(new DressId(1001)), false)), told);
        assertEquals(List.of("Cotton Kurta", "Red Banarasi Silk Saree"),
                titles(Map.of("max", "3000", "sort", "price_asc")));

        reads.put(item(1, "Red Banarasi Silk Saree", 12_500, ON_SALE, NOW.minus(Duration.ofDays(30)),
                List.of("saree"), List.of("Red"), List.of("Free Size"))); // the sale ended
        model.productsChanged(Set.of(1L));
        assertEquals(2, told.size());
        assertEquals(List.of("Cotton Kurta"), titles(Map.of("max", "3000")));
        assertEquals(12_500L, page(Map.of()).facets().maxRupees());
    }

    @Test
    void aChangeBuyersCannotSeeIsNotTold() {
        page(Map.of());
        model.productsChanged(Set.of(99L)); // a draft
        assertTrue(told.isEmpty());
    }

    @Test
    void aSettingsChangeIsToldAsEverything() {
        page(Map.of());
        settings.changeUsdFxRate(new BigDecimal("90"));
        model.settingsChanged();
        assertEquals(List.of(CatalogChange.EVERYTHING), told);
        assertEquals(new BigDecimal("90"), page(Map.of()).settings().usdFxRate());
        model.settingsChanged();
        assertEquals(1, told.size(), "the same settings again change nothing");
    }

    @Test
    void changesBeforeTheFirstReadNeedNoWork() {
        model.productsChanged(Set.of(1L));
        model.anythingMayHaveChanged();
        assertEquals(0, reads.wholeReads.get() + reads.itemReads.get());
        assertEquals(4, page(Map.of()).total());
    }

    @Test
    void aProductPageForAPieceNotOnSaleAsksNoDatabase() {
        assertTrue(catalog.product(new DressId(1099), Map.of()).isEmpty());
        assertEquals(0, reads.listingReads.get());
    }

    @Test
    void manyChangesAtOnceGiveTheSameCatalogAsReadingItWhole() {
        page(Map.of());
        List<Long> ids = IntStream.range(100, 300).mapToObj(i -> (long) i).toList();
        for (long id : ids) {
            reads.put(item(id, "Piece " + id, 500 + id, id % 7 == 0 ? ProductStatus.SOLD_OUT : ON_SALE,
                    NOW.minusSeconds(id), List.of("dress"), List.of(), List.of()));
        }
        model.productsChanged(Set.copyOf(ids));
        List<String> followed = titles(Map.of("category", "dress", "page", "3"));
        CatalogReadModel fresh = new CatalogReadModel(reads, settings);
        List<String> whole = new BrowseCatalogService(fresh, reads, Clock.fixed(NOW, ZoneOffset.UTC), "x")
                .catalog(CatalogQuery.fromParameters(Map.of("category", "dress", "page", "3"))).cards().stream()
                .map(Card::title).collect(Collectors.toList());
        assertEquals(whole, followed);
        assertFalse(followed.isEmpty());
    }
}
