package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

import java.time.Instant;

/** A row of {@code products}; categories and tags hold JSON array text; no sale price is null. */
@MappedEntity("products")
record ProductRow(
        @Id @GeneratedValue @Nullable Long id,
        String dressId,
        String title,
        @Nullable String description,
        @ColumnTransformer(write = "?::jsonb") String categories,
        @ColumnTransformer(write = "?::jsonb") String tags,
        long priceInr,
        @Nullable Long salePricePaise,
        String status,
        @Nullable Long telegramChatId,
        @Nullable Integer telegramMessageId,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
