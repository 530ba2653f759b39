package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.out.AdminNotifier.Digest;
import com.rangoliboutique.application.port.out.StockReads.OnSale;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Which pieces long on sale the owner is asked about: no tap in the quiet days, and not kept (silenced) just now. */
final class StaleStock {

    private StaleStock() {
    }

    /** @param onSale pieces already past the staleness age, with their counts of the quiet days */
    static List<Digest.Alert> alerts(List<OnSale> onSale, Instant now) {
        return onSale.stream()
                .filter(piece -> piece.taps() == 0)
                .filter(piece -> piece.silentUntil() == null || !piece.silentUntil().isAfter(now))
                .map(piece -> new Digest.Alert(piece.productId(), piece.dressId(), piece.title(),
                        Duration.between(piece.publishedAt(), now).toDays(), piece.views()))
                .toList();
    }
}
