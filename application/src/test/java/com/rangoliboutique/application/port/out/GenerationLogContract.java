package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.out.GenerationLog.Generation;
import com.rangoliboutique.application.port.out.GenerationLog.Outcome;
import com.rangoliboutique.application.port.out.GenerationLog.Totals;
import com.rangoliboutique.application.port.out.ImageGenerator.Usage;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link GenerationLog} promises, against the in-memory fake and PostgreSQL ({@code ai_generations}). */
public interface GenerationLogContract {

    GenerationLog generationLog();

    Products products();

    AuditLog auditLog();

    Instant DECEMBER = Instant.parse("2026-11-30T18:30:00Z"); // 1 December, midnight in Kolkata
    Instant JANUARY = Instant.parse("2026-12-31T18:30:00Z");
    Usage GEMINI = new Usage("gemini-2.5-flash-image", "studio-v1", 1_290, 1_290, 2_580, true);

    private Product aDraft() {
        return products().add(Product.draft(products().nextDressId(), TestProducts.details(), TestProducts.CHAT_ID));
    }

    private static Generation generation(long productId, Instant at, long latencyMs, Outcome outcome, Usage usage) {
        return new Generation(productId, 500 + productId, 1, 1, Generation.STUDIO, at, Duration.ofMillis(latencyMs),
                outcome, outcome == Outcome.READY && usage.paid(), usage);
    }

    @Test
    default void nothingRecordedSumsToNothing() {
        assertEquals(Totals.NONE, generationLog().between(DECEMBER, JANUARY));
    }

    @Test
    default void theCallsStartedInTheSpanAreSummedByOutcomeWithTheLatencyOfThePhotosMadeAndEveryTokenReported() {
        long id = aDraft().id();
        generationLog().record(generation(id, DECEMBER, 12_000, Outcome.READY, GEMINI));           // the first instant
        generationLog().record(generation(id, DECEMBER.plusSeconds(60), 14_500, Outcome.READY,
                new Usage("gemini-2.5-flash-image", "studio-v1", 1_300, 1_290, 2_600, true)));
        generationLog().record(generation(id, DECEMBER.plusSeconds(120), 90_000, Outcome.FAILED,
                new Usage("gemini-2.5-flash-image", "studio-v1", null, null, null, true)));
        generationLog().record(generation(id, DECEMBER.plusSeconds(180), 800, Outcome.REFUSED,
                new Usage("gemini-2.5-flash-image", "studio-v1", 1_290, null, 1_290, true)));
        generationLog().record(generation(id, DECEMBER.plusSeconds(240), 300, Outcome.FAILED, Usage.UNKNOWN));
        generationLog().record(generation(id, DECEMBER.minusMillis(1), 9_000, Outcome.READY, GEMINI));  // November
        generationLog().record(generation(id, JANUARY, 9_000, Outcome.READY, GEMINI));                  // January

        Totals totals = generationLog().between(DECEMBER, JANUARY);

        assertEquals(new Totals(5, 2, 1, 2, Duration.ofMillis(26_500), 0, 3_880, 2_580, 6_470), totals);
        assertEquals(2, totals.failed());
    }

    @Test
    default void thePhotosOfTheOfflineStandInAreMadeButNotBilled() {
        long id = aDraft().id();
        generationLog().record(generation(id, DECEMBER.plusSeconds(5), 40, Outcome.READY,
                new Usage("offline-stand-in", null, null, null, null, false)));

        Totals totals = generationLog().between(DECEMBER, JANUARY);

        assertEquals(1, totals.ready());
        assertEquals(0, totals.billed());
    }

    @Test
    default void aDiscardedDraftsCallsStayCounted() {
        Product draft = aDraft();
        generationLog().record(generation(draft.id(), DECEMBER.plusSeconds(5), 10_000, Outcome.READY, GEMINI));

        products().delete(draft.id());

        assertEquals(1, generationLog().between(DECEMBER, JANUARY).billed());
    }

    /** Approve writes PUBLISH with the AI version it published; without one (no AI photo ready) it approved none. */
    @Test
    default void theApprovedAiPhotosAreThePublishEntriesWithAnAiVersionWrittenInTheSpan() {
        Product withAi = aDraft();
        Product withoutAi = aDraft();
        Product original = aDraft();
        Map<String, Object> noAi = new HashMap<>();
        noAi.put("ai_version", null);
        auditLog().record(AuditEntry.of(1L, AuditAction.PUBLISH, withAi.id(), Map.of("ai_version", 2)));
        auditLog().record(AuditEntry.of(1L, AuditAction.PUBLISH, withoutAi.id(), noAi));
        auditLog().record(AuditEntry.of(1L, AuditAction.PUBLISH_ORIGINAL_ONLY, original.id(), Map.of()));
        auditLog().record(AuditEntry.of(1L, AuditAction.REGENERATE_AI, withAi.id(), Map.of("ai_version", 3)));
        Instant now = Instant.now();

        assertEquals(1, generationLog().between(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))).approved());
        assertEquals(0, generationLog().between(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))).approved(),
                "approved before the span");
    }
}
