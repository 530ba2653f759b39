package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code image_renditions}: one resized public copy of an image and its
 * WebP twin, if made. */
@MappedEntity("image_renditions")
record ImageRenditionRow(
        @Id @GeneratedValue @Nullable Long id,
        long imageId,
        int width,
        int height,
        String storageKey,
        String url,
        int sizeBytes,
        @Nullable String webpStorageKey,
        @Nullable String webpUrl,
        @Nullable Integer webpSizeBytes) {
}
