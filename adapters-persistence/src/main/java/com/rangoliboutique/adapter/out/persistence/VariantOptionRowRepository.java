package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VariantOptionRowRepository extends CrudRepository<VariantOptionRow, Long> {

    @Query("SELECT * FROM variant_options WHERE product_id = :productId ORDER BY sort_order, id")
    List<VariantOptionRow> ofProduct(long productId);

    void deleteByProductId(long productId);
}
