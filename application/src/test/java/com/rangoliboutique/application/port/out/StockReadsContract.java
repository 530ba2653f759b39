package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.out.StockReads.OnSale;
import com.rangoliboutique.application.port.out.StockReads.WaitingDraft;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What every {@link StockReads} and {@link StockAlertSilences} promise, against the in-memory fake and PostgreSQL. */
public interface StockReadsContract {

    StockReads stockReads();

    StockAlertSilences stockAlertSilences();

    Products products();

    void recordVisits(long productId, LocalDate day, int views, int taps, int similarTaps);

    /** Sets when the product was made and first published (null: never), as if it happened then. */
    void backdate(long productId, Instant createdAt, Instant publishedAt);

    Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private Product aDraft(Instant createdAt) {
        Product p = products().add(Product.draft(products().nextDressId(), TestProducts.details(), TestProducts.CHAT_ID));
        backdate(p.id(), createdAt, null);
        return p;
    }

    private Product published(Instant publishedAt, boolean soldOut) {
        Product p = products().add(Product.draft(products().nextDressId(), TestProducts.details(), TestProducts.CHAT_ID));
        p.publish();
        if (soldOut) {
            p.markSoldOut();
        }
        products().update(p);
        backdate(p.id(), publishedAt.minus(Duration.ofDays(1)), publishedAt);
        return p;
    }

    @Test
    default void draftsMadeBeforeTheTimeAreListedOldestFirst() {
        Product older = aDraft(daysAgo(3));
        Product old = aDraft(daysAgo(2));
        aDraft(NOW.minus(Duration.ofHours(2)));        // too recent
        published(daysAgo(5), false);                   // not a draft

        List<WaitingDraft> waiting = stockReads().draftsCreatedBefore(daysAgo(1));

        assertEquals(List.of(
                new WaitingDraft(older.id(), older.dressId(), older.title(), daysAgo(3)),
                new WaitingDraft(old.id(), old.dressId(), old.title(), daysAgo(2))), waiting);
    }

    @Test
    default void piecesOnSaleSinceBeforeTheTimeComeWithTheirRecentCountsAndSilence() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        Product oldest = published(daysAgo(90), false);
        Product old = published(daysAgo(40), false);
        published(daysAgo(10), false);                  // too recent
        published(daysAgo(60), true);                   // sold out: not on sale
        recordVisits(old.id(), from, 30, 2, 0);
        recordVisits(old.id(), from.plusDays(3), 5, 0, 0);
        recordVisits(old.id(), from.minusDays(1), 100, 100, 0);   // before the window
        stockAlertSilences().silenceUntil(oldest.id(), daysAgo(-5));
        stockAlertSilences().silenceUntil(oldest.id(), daysAgo(-30)); // replaces the first

        List<OnSale> onSale = stockReads().publishedBefore(daysAgo(30), from);

        assertEquals(List.of(
                new OnSale(oldest.id(), oldest.dressId(), oldest.title(), daysAgo(90), 0, 0, daysAgo(-30)),
                new OnSale(old.id(), old.dressId(), old.title(), daysAgo(40), 35, 2, null)), onSale);
    }

    @Test
    default void aSilenceForAProductNeverStoredIsRefused() {
        assertThrows(RuntimeException.class, () -> stockAlertSilences().silenceUntil(424_242L, NOW));
    }
}
