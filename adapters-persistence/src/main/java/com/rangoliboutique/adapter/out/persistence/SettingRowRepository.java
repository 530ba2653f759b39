package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SettingRowRepository extends CrudRepository<SettingRow, String> {

    /** Stores the value unless the key is stored already (then nothing changes, and nothing is notified). */
    @Query("INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING")
    void insertIfAbsent(String key, String value);
}
