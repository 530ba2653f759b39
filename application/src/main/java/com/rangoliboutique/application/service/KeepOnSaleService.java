package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.KeepOnSaleUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.StockAlertSilences;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.NoSuchProductException;
import com.rangoliboutique.domain.product.Product;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

public final class KeepOnSaleService implements KeepOnSaleUseCase {

    private final Products products;
    private final StockAlertSilences silences;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;
    private final ZoneId zone;

    public KeepOnSaleService(Products products, StockAlertSilences silences, AuditLog auditLog,
                             Transactions transactions, Clock clock, ZoneId zone) {
        this.products = products;
        this.silences = silences;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Kept keep(long adminId, DressId dressId) {
        return transactions.inTransaction(() -> {
            Product product = products.byDressId(dressId).orElseThrow(() -> new NoSuchProductException(dressId));
            Instant until = clock.instant().plus(Duration.ofDays(SILENCE_DAYS));
            silences.silenceUntil(product.id(), until);
            auditLog.record(AuditEntry.of(adminId, AuditAction.KEEP_ON_SALE, product.id(), Map.of(
                    "dress_id", dressId.value(),
                    "silent_until", until.toString())));
            return new Kept(dressId, until.atZone(zone).toLocalDate());
        });
    }
}
