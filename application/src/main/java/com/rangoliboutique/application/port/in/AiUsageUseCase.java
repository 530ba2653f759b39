package com.rangoliboutique.application.port.in;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What the AI photos of the shop's current month ({@code SHOP_TIME_ZONE}) took and cost, for the owner's /stats:
 * numbers only, the bot words them.
 */
public interface AiUsageUseCase {

    AiUsage thisMonth();

    /**
     * @param attempts       every call of the AI generator this month (each try of each photo, failed ones too)
     * @param made           calls that gave a photo
     * @param refused        calls the AI service answered without a usable photo (safety filter, text only); the other
     *                       {@link #failed()} ones got no answer (timeouts, busy, server errors)
     * @param approved       AI photos published with Approve this month (whenever they were made)
     * @param averageLatency how long a photo took on average (over the photos made); empty without one
     * @param billed         photos the AI service bills: those made by a paid service (not the offline stand-in).
     *                       Google bills image models by the image it returns; calls without one are not counted
     * @param costPerImage   {@code GEMINI_COST_PER_IMAGE_USD}
     */
    record AiUsage(YearMonth month, long attempts, long made, long refused, long approved,
                   Optional<Duration> averageLatency, long promptTokens, long outputTokens, long totalTokens,
                   long billed, BigDecimal costPerImage) {

        public long failed() {
            return attempts - made - refused;
        }

        /** The estimate: {@link #billed} × {@link #costPerImage}, in US dollars. */
        public BigDecimal cost() {
            return costPerImage.multiply(BigDecimal.valueOf(billed));
        }

        /** What each approved photo cost with every try it took: {@link #cost()} ÷ {@link #approved}; empty without one. */
        public Optional<BigDecimal> costPerApproved() {
            return approved == 0 ? Optional.empty()
                    : Optional.of(cost().divide(BigDecimal.valueOf(approved), 6, RoundingMode.HALF_UP));
        }
    }
}
