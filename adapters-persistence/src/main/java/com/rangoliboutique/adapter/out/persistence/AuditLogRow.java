package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;

/** A row of {@code audit_log}; payload holds JSON object text. */
@MappedEntity("audit_log")
record AuditLogRow(
        @Id @GeneratedValue @Nullable Long id,
        long adminId,
        String action,
        @Nullable Long productId,
        @ColumnTransformer(write = "?::jsonb") @Nullable String payload,
        @DateCreated @Nullable Instant createdAt) {
}
