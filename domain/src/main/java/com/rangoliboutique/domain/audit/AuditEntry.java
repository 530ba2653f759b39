package com.rangoliboutique.domain.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who did what to which product. The payload holds JSON-friendly values only (String, Number, Boolean or null);
 * {@code createdAt} is null until the entry is saved.
 */
public record AuditEntry(long adminId, AuditAction action, Long productId, Map<String, Object> payload,
                         Instant createdAt) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Map<String, Object> copy = new LinkedHashMap<>();
        if (payload != null) {
            payload.forEach((key, value) -> {
                if (key == null) {
                    throw new IllegalArgumentException("audit payload keys must not be null");
                }
                if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                    throw new IllegalArgumentException("audit payload value for " + key + " must be a String, Number,"
                            + " Boolean or null, was " + value.getClass().getName());
                }
                copy.put(key, value);
            });
        }
        payload = Collections.unmodifiableMap(copy);
    }

    public static AuditEntry of(long adminId, AuditAction action, Long productId, Map<String, Object> payload) {
        return new AuditEntry(adminId, action, productId, payload, null);
    }
}
