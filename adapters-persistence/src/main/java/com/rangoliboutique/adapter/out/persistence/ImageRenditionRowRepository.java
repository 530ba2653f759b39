package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ImageRenditionRowRepository extends CrudRepository<ImageRenditionRow, Long> {

    /** One copy per width of an image: a width made again replaces the one recorded. */
    @Query("INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes)"
            + " VALUES (:imageId, :width, :height, :storageKey, :url, :sizeBytes)"
            + " ON CONFLICT (image_id, width) DO UPDATE SET height = EXCLUDED.height,"
            + " storage_key = EXCLUDED.storage_key, url = EXCLUDED.url, size_bytes = EXCLUDED.size_bytes")
    void upsert(long imageId, int width, int height, String storageKey, String url, int sizeBytes);

    @Query("SELECT * FROM image_renditions WHERE image_id = :imageId ORDER BY width")
    List<ImageRenditionRow> ofImage(long imageId);
}
