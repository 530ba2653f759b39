package com.rangoliboutique.application.port.out;

import java.time.Instant;

/** Pieces the owner chose to keep on sale: no stock alert about them until a time ({@link StockReads} reads it). */
public interface StockAlertSilences {

    /** No alert about the product until {@code until}; replaces an earlier silence. */
    void silenceUntil(long productId, Instant until);
}
