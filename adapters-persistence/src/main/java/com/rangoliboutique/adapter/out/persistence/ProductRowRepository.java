package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRowRepository extends CrudRepository<ProductRow, Long> {

    Optional<ProductRow> findByDressId(String dressId);

    @Query("SELECT * FROM products WHERE id = :id FOR UPDATE")
    Optional<ProductRow> findByIdForUpdate(long id);

    @Query("SELECT nextval('dress_id_seq')")
    long nextDressNumber();

    /** The highest id the products' sequence has handed out, 0 before the first. */
    @Query("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM products_id_seq")
    long lastIssuedId();

    @Query("SELECT status, COUNT(*) AS count FROM products GROUP BY status")
    List<StatusCount> countByStatus();

    @Introspected
    record StatusCount(String status, long count) {
    }
}
