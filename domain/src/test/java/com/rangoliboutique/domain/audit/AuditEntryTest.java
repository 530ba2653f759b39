package com.rangoliboutique.domain.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AuditEntryTest {

    @Test
    void recordsWhoDidWhatToWhichProduct() {
        AuditEntry entry = AuditEntry.of(42L, AuditAction.CREATE_DRAFT, 1L,
                Map.of("dress_id", "D-1042"));
        assertEquals(42L, entry.adminId());
        assertEquals(AuditAction.CREATE_DRAFT, entry.action());
        assertEquals(1L, entry.productId());
        assertEquals(Map.of("dress_id", "D-1042"), entry.payload());
        assertNull(entry.createdAt());
    }

    @Test
    void keepsThePayloadOrderAndAllowsNullValues() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("dress_id", "D-1042");
        payload.put("price_paise", 1_250_000L);
        payload.put("rate", new BigDecimal("84.5"));
        payload.put("ai", true);
        payload.put("old_title", null);

        AuditEntry entry = AuditEntry.of(42L, AuditAction.EDIT, 1L, payload);

        assertEquals(List.of("dress_id", "price_paise", "rate", "ai", "old_title"),
                List.copyOf(entry.payload().keySet()));
        assertNull(entry.payload().get("old_title"));
    }

    @Test
    void copiesThePayloadAndMakesItUnmodifiable() {
        Map<String, Object> payload = new HashMap<>(Map.of("rate", "84.5"));
        AuditEntry entry = AuditEntry.of(42L, AuditAction.SET_RATE, null, payload);
        payload.put("later", "change");

        assertEquals(Map.of("rate", "84.5"), entry.payload());
        assertThrows(UnsupportedOperationException.class, () -> entry.payload().put("x", "y"));
    }

    @Test
    void noPayloadMeansAnEmptyOne() {
        assertEquals(Map.of(), AuditEntry.of(42L, AuditAction.HIDE, 1L, null).payload());
    }

    @Test
    void refusesPayloadValuesThatAreNotJsonScalars() {
        assertThrows(IllegalArgumentException.class,
                () -> AuditEntry.of(42L, AuditAction.EDIT, 1L, Map.of("tags", List.of("red"))));
        assertThrows(NullPointerException.class, () -> AuditEntry.of(42L, null, 1L, Map.of()));
    }
}
