package com.rangoliboutique.startup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "postgres://shop:secret@db.example.com:5432/rangoli | jdbc:postgresql://db.example.com:5432/rangoli | shop | secret",
            "postgresql://shop:secret@db:6543/rangoli | jdbc:postgresql://db:6543/rangoli | shop | secret",
            "postgres://shop@db/rangoli | jdbc:postgresql://db:5432/rangoli | shop | null",
            "postgres://db/rangoli | jdbc:postgresql://db:5432/rangoli | null | null",
            "postgres://u:p%40ss%3Aw0rd@db:5432/rangoli?sslmode=require | jdbc:postgresql://db:5432/rangoli?sslmode=require | u | p@ss:w0rd",
            "postgres://u:a+b@db:5432/x | jdbc:postgresql://db:5432/x | u | a+b",
            "jdbc:postgresql://localhost:5432/rangoli | jdbc:postgresql://localhost:5432/rangoli | null | null",
    })
    void turnsTheSpecFormIntoJdbcSettings(String given, String jdbcUrl, String user, String password) {
        assertEquals(new DatabaseUrl(jdbcUrl, user, password), DatabaseUrl.parse(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "mysql://u:p@db/x", "postgres://db", "postgres://db/", "not a url at all"})
    void refusesWhatIsNotAPostgresUrl(String given) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(given));
        assertFalse(e.getMessage().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://u:topsecret@db/x", "postgres://u:topsecret@db"})
    void neverShowsThePasswordInItsComplaint(String given) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(given));
        assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void toStringHidesThePassword() {
        assertFalse(DatabaseUrl.parse("postgres://u:topsecret@db/x").toString().contains("topsecret"));
    }
}
