package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ShopStatsUseCase.Category;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Change;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Day;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Direction;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Period;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.Piece;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.RateChange;
import com.rangoliboutique.application.port.in.ShopStatsUseCase.ShopStats;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopStatsServiceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 00:30 on 10 December in Kolkata, still the 9th in UTC: the shop's date is the 10th. */
    private static final Instant NOW = Instant.parse("2026-12-09T19:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final List<List<Day>> drawn = new ArrayList<>();
    private final ShopStatsService service = new ShopStatsService(db.visitStats(), days -> {
        drawn.add(days);
        return new byte[] {1, 2, 3};
    }, Clock.fixed(NOW, java.time.ZoneOffset.UTC), KOLKATA);

    private Product piece(String title, String... categories) {
        ProductDetails details = new ProductDetails(title, null, List.of(categories), List.of(), Price.ofRupees(1000),
                List.of());
        return db.products().add(Product.draft(db.products().nextDressId(), details, TestProducts.CHAT_ID));
    }

    @Test
    void theLastSevenShopDaysAreComparedWithTheSevenBefore() {
        Product p = piece("Saree", "saree");
        db.recordVisits(p.id(), TODAY, 50, 3, 0);                   // this week (today, the shop's date)
        db.recordVisits(p.id(), TODAY.minusDays(6), 50, 3, 0);      // this week's first day
        db.recordVisits(p.id(), TODAY.minusDays(7), 80, 2, 0);      // the week before's last day
        db.recordVisits(p.id(), TODAY.minusDays(13), 20, 2, 0);     // the week before's first day
        db.recordVisits(p.id(), TODAY.minusDays(14), 999, 99, 0);   // neither

        ShopStats stats = service.stats();

        assertEquals(TODAY, stats.today());
        assertEquals(new Period(TODAY.minusDays(6), TODAY, 100, 6), stats.lastWeek());
        assertEquals(new Period(TODAY.minusDays(13), TODAY.minusDays(7), 100, 4), stats.weekBefore());
        assertEquals(Direction.SAME, stats.viewsChange().direction());
        assertEquals(Optional.of(0L), stats.viewsChange().percent());
        assertEquals(Direction.UP, stats.tapsChange().direction());
        assertEquals(Optional.of(50L), stats.tapsChange().percent());
        assertEquals(Optional.of(Direction.UP), stats.rateChange().direction());
        assertEquals(6.0, stats.lastWeek().tapsPer100Views().getAsDouble(), 1e-9);
    }

    @Test
    void changesWithoutABeforeHaveNoPercentAndRatesWithoutViewsNoDirection() {
        assertEquals(Optional.empty(), new Change(0, 5).percent());
        assertEquals(Direction.UP, new Change(0, 5).direction());
        assertEquals(Optional.of(-33L), new Change(3, 2).percent());
        assertEquals(Direction.DOWN, new Change(3, 2).direction());
        assertEquals(OptionalDouble.empty(), new Period(TODAY, TODAY, 0, 0).tapsPer100Views());
        assertEquals(Optional.empty(), new RateChange(OptionalDouble.empty(), OptionalDouble.of(2)).direction());
        assertEquals(Optional.of(Direction.SAME),
                new RateChange(OptionalDouble.of(2.01), OptionalDouble.of(2.04)).direction());
        assertEquals(Optional.of(Direction.DOWN),
                new RateChange(OptionalDouble.of(2.5), OptionalDouble.of(2.3)).direction());
    }

    @Test
    void theTopFiveAreTheMostTappedThenMostViewedAndOnlyTappedOnes() {
        List<Product> pieces = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            pieces.add(piece("Piece " + i));
        }
        db.recordVisits(pieces.get(0).id(), TODAY, 10, 1, 0);
        db.recordVisits(pieces.get(1).id(), TODAY, 10, 5, 0);
        db.recordVisits(pieces.get(2).id(), TODAY, 30, 3, 0);
        db.recordVisits(pieces.get(3).id(), TODAY, 20, 3, 0);
        db.recordVisits(pieces.get(4).id(), TODAY, 10, 2, 0);
        db.recordVisits(pieces.get(5).id(), TODAY, 10, 1, 0);
        db.recordVisits(pieces.get(6).id(), TODAY, 100, 0, 0);

        List<Piece> top = service.stats().topByTaps();

        assertEquals(List.of("Piece 1", "Piece 2", "Piece 3", "Piece 4", "Piece 0"),
                top.stream().map(Piece::title).toList(), "5 taps, 3 (30 views), 3 (20), 2, then 1 by the lower id");
        assertEquals(new Piece(pieces.get(2).dressId(), "Piece 2", 30, 3), top.get(1));
    }

    @Test
    void piecesWithTwentyViewsAndNoTapAreListedMostViewedFirst() {
        Product many = piece("Many");
        Product enough = piece("Enough");
        Product few = piece("Few");
        Product tapped = piece("Tapped");
        db.recordVisits(many.id(), TODAY, 60, 0, 0);
        db.recordVisits(enough.id(), TODAY.minusDays(1), 10, 0, 0);
        db.recordVisits(enough.id(), TODAY, 10, 0, 2);                 // a "similar piece" tap is no order tap
        db.recordVisits(few.id(), TODAY, 19, 0, 0);
        db.recordVisits(tapped.id(), TODAY, 90, 1, 0);
        db.recordVisits(few.id(), TODAY.minusDays(8), 50, 0, 0);       // last week: not counted

        assertEquals(List.of(new Piece(many.dressId(), "Many", 60, 0), new Piece(enough.dressId(), "Enough", 20, 0)),
                service.stats().viewedNotTapped());
    }

    @Test
    void categoriesSumTheirPiecesAndAPieceCountsInEachOfItsCategories() {
        Product silkSaree = piece("A", "Saree", "silk");
        Product saree = piece("B", "saree");
        Product lehenga = piece("C", "lehenga");
        piece("D");
        db.recordVisits(silkSaree.id(), TODAY, 10, 1, 0);
        db.recordVisits(saree.id(), TODAY, 5, 1, 0);
        db.recordVisits(lehenga.id(), TODAY, 40, 1, 0);

        assertEquals(List.of(new Category("Saree", 15, 2), new Category("lehenga", 40, 1), new Category("silk", 10, 1)),
                service.stats().categories());
    }

    @Test
    void thirtyDaysEveryDayPresentAndAChartOnlyWhenSomethingWasCounted() {
        ShopStats empty = service.stats();
        assertEquals(30, empty.days().size());
        assertEquals(TODAY.minusDays(29), empty.days().get(0).day());
        assertEquals(TODAY, empty.days().get(29).day());
        assertFalse(empty.anyCounted());
        assertEquals(Optional.empty(), service.chart(empty), "no data: no chart of zeros");
        assertTrue(drawn.isEmpty());

        Product p = piece("Saree");
        db.recordVisits(p.id(), TODAY.minusDays(20), 7, 1, 0);
        db.recordCatalogViews(TODAY, 300);                              // catalog views are not piece views
        ShopStats stats = service.stats();

        assertEquals(new Day(TODAY.minusDays(20), 7, 1), stats.days().get(9));
        assertEquals(new Day(TODAY, 0, 0), stats.days().get(29));
        assertArrayEquals(new byte[] {1, 2, 3}, service.chart(stats).orElseThrow());
        assertEquals(stats.days(), drawn.get(0));
    }
}
