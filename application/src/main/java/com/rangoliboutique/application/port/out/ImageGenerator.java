package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.image.AiStyle;

/** Turns a flat garment photo into a studio photo of a model wearing it. */
public interface ImageGenerator {

    Result generate(byte[] garmentJpeg, GarmentContext context);

    /**
     * What the generator may know about the garment (it helps the prompt, it is never required), and the look asked
     * for ({@link AiStyle#STUDIO} when null).
     */
    record GarmentContext(String dressId, String title, java.util.List<String> categories, AiStyle style) {

        public GarmentContext {
            style = style == null ? AiStyle.STUDIO : style;
        }

        /** A studio photo (the spec's prompt). */
        public GarmentContext(String dressId, String title, java.util.List<String> categories) {
            this(dressId, title, categories, AiStyle.STUDIO);
        }
    }

    sealed interface Result permits Result.Generated, Result.Failed {

        record Generated(byte[] jpeg) implements Result {
        }

        /**
         * @param transientFailure true when trying again later may succeed (timeouts, 429, 5xx)
         * @param reason           plain words for the owner, e.g. "blocked by safety filter"
         */
        record Failed(boolean transientFailure, String reason) implements Result {
        }
    }
}
