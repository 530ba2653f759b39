package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads and writes the JSONB columns (string lists and the audit payload). */
@Singleton
final class JsonColumns {

    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> strings(String column) {
        return column == null || column.isBlank() ? List.of() : read(column, STRINGS);
    }

    Map<String, Object> object(String column) {
        return column == null || column.isBlank() ? Map.of() : read(column, OBJECT);
    }

    private <T> T read(String column, Argument<T> type) {
        try {
            return json.readValue(column, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable JSON column: " + column, e);
        }
    }
}
