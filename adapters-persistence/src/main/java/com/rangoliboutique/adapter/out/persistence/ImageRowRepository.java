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

    @Query("SELECT * FROM images WHERE type = 'AI_GENERATED' AND status = 'PENDING' AND created_at < :createdBefore"
            + " ORDER BY created_at, id")
    List<ImageRow> pendingAiCreatedBefore(java.time.Instant createdBefore);
}
