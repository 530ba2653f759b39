package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.AiUsageUseCase.AiUsage;
import com.rangoliboutique.application.port.out.GenerationLog.Generation;
import com.rangoliboutique.application.port.out.GenerationLog.Outcome;
import com.rangoliboutique.application.port.out.ImageGenerator.Usage;
import com.rangoliboutique.application.port.out.inmemory.InMemoryDatabase;
import com.rangoliboutique.application.port.out.inmemory.MutableClock;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The /stats figures of the AI photos, on the in-memory generation log and audit. */
class AiUsageServiceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 20 December 2026, 15:30 in Kolkata. */
    private static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");
    /** 1 December, 00:00 in Kolkata: the first instant of the shop's month (30 November in UTC). */
    private static final Instant MONTH_START = Instant.parse("2026-11-30T18:30:00Z");
    private static final Usage GEMINI = new Usage("gemini-2.5-flash-image", "studio-v1", 1_317, 1_290,
            2_607, true);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryDatabase db = new InMemoryDatabase(clock);
    private final AiUsageService service = new AiUsageService(db.generationLog(), clock, KOLKATA,
            new BigDecimal("0.039"));
    private final long productId = db.products().add(Product.draft(db.products().nextDressId(), TestProducts.details(),
            TestProducts.CHAT_ID)).id();

    private void generation(Instant at, long seconds, Outcome outcome, Usage usage) {
        db.generationLog().record(new Generation(productId, 7, 1, 1, Generation.STUDIO, at, Duration.ofSeconds(seconds),
                outcome, outcome == Outcome.READY && usage.paid(), usage));
    }

    private void approved(int aiVersion) {
        db.auditLog().record(AuditEntry.of(1L, AuditAction.PUBLISH, productId, Map.of("ai_version", aiVersion)));
    }

    @Test
    void theShopsMonthSoFarSumsItsPhotosTriesTimeTokensAndCost() {
        for (int i = 0; i < 12; i++) {
            generation(MONTH_START.plusSeconds(3600L * i), 10 + i, Outcome.READY, GEMINI);  // 10..21 s: 15.5 s average
        }
        generation(MONTH_START.plusSeconds(100), 90, Outcome.FAILED, Usage.UNKNOWN);
        generation(MONTH_START.plusSeconds(200), 2, Outcome.REFUSED,
                new Usage("gemini-2.5-flash-image", "studio-v1", 1_317, null, 1_317, true));
        generation(MONTH_START.minusSeconds(1), 10, Outcome.READY, GEMINI);               // 30 November in Kolkata
        for (int i = 0; i < 6; i++) {
            approved(1);
        }

        AiUsage usage = service.thisMonth();

        assertEquals(new AiUsage(YearMonth.of(2026, 12), 14, 12, 1, 6, Optional.of(Duration.ofMillis(15_500)),
                13 * 1_317, 12 * 1_290, 12 * 2_607 + 1_317, 12, new BigDecimal("0.039")), usage);
        assertEquals(1, usage.failed());
        assertEquals(new BigDecimal("0.468"), usage.cost());
        assertEquals(Optional.of(new BigDecimal("0.078000")), usage.costPerApproved());
    }

    @Test
    void aQuietMonthHasNoAverageNoCostAndNoCostPerApprovedPhoto() {
        generation(MONTH_START.minusSeconds(1), 10, Outcome.READY, GEMINI);

        AiUsage usage = service.thisMonth();

        assertEquals(0, usage.attempts());
        assertEquals(Optional.empty(), usage.averageLatency());
        assertEquals(0, usage.cost().signum());
        assertEquals(Optional.empty(), usage.costPerApproved());
    }

    @Test
    void theOfflineStandInsPhotosAreMadeButCostNothing() {
        generation(MONTH_START.plusSeconds(5), 1, Outcome.READY,
                new Usage("offline-stand-in", null, null, null, null, false));

        AiUsage usage = service.thisMonth();

        assertEquals(1, usage.made());
        assertEquals(0, usage.billed());
        assertEquals(0, usage.cost().signum());
    }

    @Test
    void theMonthTurnsAtMidnightInTheShopsTimeZone() {
        clock.advance(Duration.between(NOW, Instant.parse("2026-12-31T18:30:00Z")));   // 1 January, 00:00 in Kolkata
        generation(Instant.parse("2026-12-31T18:29:59Z"), 10, Outcome.READY, GEMINI);  // 31 December, 23:59:59 there

        AiUsage usage = service.thisMonth();

        assertEquals(YearMonth.of(2027, 1), usage.month());
        assertEquals(0, usage.attempts());
    }
}
