package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("images")
record ImageRow(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        String type,
        int version,
        String storageKey,
        @Nullable String url,
        String status,
        @MappedProperty("is_public") boolean isPublic,
        @DateCreated @Nullable Instant createdAt,
        @Nullable BigDecimal colourDeltaE,
        @Nullable String colourOriginal,
        @Nullable String colourAi,
        @Nullable Boolean colourDiffers,
        @Nullable String style,
        @Nullable Integer galleryPosition) {
}
