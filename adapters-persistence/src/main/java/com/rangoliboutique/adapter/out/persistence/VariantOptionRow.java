package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("variant_options")
record VariantOptionRow(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        String type,
        String value,
        int sortOrder) {
}
