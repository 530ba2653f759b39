package com.rangoliboutique.app.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

import java.math.BigDecimal;

/**
 * {@code GEMINI_COST_PER_IMAGE_USD} (README "Configuration", "What the AI costs"): what the AI service bills for one
 * photo, in US dollars, for the estimate in /stats. Its form is checked before Micronaut starts
 * ({@code TypedVariables}); made at start, so a negative one stops the web process there.
 */
@Context
@ConfigurationProperties("ai-cost")
public record AiCostProperties(@Bindable(defaultValue = "0.039") BigDecimal perImageUsd) {

    /** Gemini 2.5 Flash Image on Google's price list: 1,290 output tokens an image at $30 per million. */
    public static final BigDecimal DEFAULT = new BigDecimal("0.039");

    public AiCostProperties {
        perImageUsd = perImageUsd == null ? DEFAULT : perImageUsd;
        if (perImageUsd.signum() < 0) {
            throw new IllegalArgumentException("GEMINI_COST_PER_IMAGE_USD: " + perImageUsd.toPlainString()
                    + " is below 0, use 0.039");
        }
    }
}
