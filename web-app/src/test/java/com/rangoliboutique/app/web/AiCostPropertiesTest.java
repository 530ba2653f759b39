package com.rangoliboutique.app.web;

import com.rangoliboutique.startup.TypedVariables;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code GEMINI_COST_PER_IMAGE_USD}: dollars and cents, checked before Micronaut binds it, never below 0. */
class AiCostPropertiesTest {

    @Test
    void theDefaultIsGeminiFlashImagesPrice() {
        assertEquals(new BigDecimal("0.039"), new AiCostProperties(null).perImageUsd());
        assertEquals(new BigDecimal("0.134"), new AiCostProperties(new BigDecimal("0.134")).perImageUsd());
        assertEquals(BigDecimal.ZERO, new AiCostProperties(BigDecimal.ZERO).perImageUsd(), "free: a local model");
    }

    @Test
    void anAmountOfDollarsPassesAndAnythingElseStopsTheStartNamingTheVariable() {
        for (String good : List.of("0.039", "0", "1", "0.134", " 0.04 ")) {
            assertEquals(List.of(), TypedVariables.problems(Map.of("GEMINI_COST_PER_IMAGE_USD", good)), good);
        }
        for (String bad : List.of("$0.039", "0,039", "4 cents", "-0.039", ".039", "0.039.1")) {
            assertEquals(List.of("GEMINI_COST_PER_IMAGE_USD: \"" + bad.strip() + "\" is not an amount of US dollars"
                            + " (digits, a point for cents), use 0.039"),
                    TypedVariables.problems(Map.of("GEMINI_COST_PER_IMAGE_USD", bad)), bad);
        }
    }

    @Test
    void aNegativePriceIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new AiCostProperties(new BigDecimal("-0.01")));
        assertEquals("GEMINI_COST_PER_IMAGE_USD: -0.01 is below 0, use 0.039", refused.getMessage());
    }
}
