package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.HealthCheck;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

@Singleton
class HealthCheckJdbcAdapter implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    HealthCheckJdbcAdapter(DataSource dataSource) {
        // the pool itself: the contextual wrapper hands out connections only inside a transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public String component() {
        return "db";
    }

    @Override
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
