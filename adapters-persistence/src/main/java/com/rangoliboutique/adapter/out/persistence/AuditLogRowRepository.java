package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditLogRowRepository extends CrudRepository<AuditLogRow, Long> {

    List<AuditLogRow> findByProductIdOrderByIdAsc(long productId);

    @Query("SELECT * FROM audit_log ORDER BY id DESC LIMIT :limit")
    List<AuditLogRow> latest(int limit);
}
