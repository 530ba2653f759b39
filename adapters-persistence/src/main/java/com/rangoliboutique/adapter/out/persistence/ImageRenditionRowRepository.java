package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ImageRenditionRowRepository extends CrudRepository<ImageRenditionRow, Long> {

    /** One copy per width of an image: a width made again replaces the one recorded. */
    @Query("INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes,"
            + " webp_storage_key, webp_url, webp_size_bytes)"
            + " VALUES (:imageId, :width, :height, :storageKey, :url, :sizeBytes, :webpStorageKey, :webpUrl,"
            + " :webpSizeBytes)"
            + " ON CONFLICT (image_id, width) DO UPDATE SET height = EXCLUDED.height,"
            + " storage_key = EXCLUDED.storage_key, url = EXCLUDED.url, size_bytes = EXCLUDED.size_bytes,"
            + " webp_storage_key = EXCLUDED.webp_storage_key, webp_url = EXCLUDED.webp_url,"
            + " webp_size_bytes = EXCLUDED.webp_size_bytes")
    void upsert(long imageId, int width, int height, String storageKey, String url, int sizeBytes,
                @Nullable String webpStorageKey, @Nullable String webpUrl, @Nullable Integer webpSizeBytes);

    @Query("SELECT * FROM image_renditions WHERE image_id = :imageId ORDER BY width")
    List<ImageRenditionRow> ofImage(long imageId);
}
