package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ImageRowRepository extends CrudRepository<ImageRow, Long> {

    /** Originals first ('ORIGINAL' sorts after 'AI_GENERATED'), then by version. */
    @Query("SELECT * FROM images WHERE product_id = :productId ORDER BY type DESC, version, id")
    List<ImageRow> ofProduct(long productId);

    /** Only drafts' images: once a product is published (with its original) its pending AI image has no use. */
    @Query("SELECT i.* FROM images i JOIN products p ON p.id = i.product_id WHERE i.type = 'AI_GENERATED'"
            + " AND i.status = 'PENDING' AND p.status = 'DRAFT' AND i.created_at < :createdBefore"
            + " ORDER BY i.created_at, i.id")
    List<ImageRow> pendingAiCreatedBefore(java.time.Instant createdBefore);

    @Query("SELECT * FROM images WHERE is_public AND url IS NOT NULL ORDER BY id")
    List<ImageRow> published();
}
