package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the morning digest asks the owner about: drafts left waiting, and pieces long on sale. */
public interface StockReads {

    /** Drafts made before {@code createdBefore}, oldest first. */
    List<WaitingDraft> draftsCreatedBefore(Instant createdBefore);

    /**
     * Pieces on sale now (PUBLISHED) first published before {@code publishedBefore}, oldest first, each with its views
     * and WhatsApp taps from {@code countsFrom} on and the end of its silence ({@link StockAlertSilences}), if any.
     */
    List<OnSale> publishedBefore(Instant publishedBefore, LocalDate countsFrom);

    record WaitingDraft(long productId, DressId dressId, String title, Instant createdAt) {
    }

    /** @param silentUntil null when the owner never pressed Keep on it */
    record OnSale(long productId, DressId dressId, String title, Instant publishedAt, long views, long taps,
                  Instant silentUntil) {
    }
}
