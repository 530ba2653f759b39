package com.rangoliboutique.application.port.out;

import java.util.Objects;
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

    /**
     * What one generation used, as far as the generator knows it: the model asked, the version of the prompt sent and
     * the token counts the AI service reported ({@code usageMetadata}); a count is null when the service gave none
     * (no answer at all, or the offline stand-in).
     *
     * @param paid whether the generator is a service that bills its photos (Gemini), not the offline stand-in
     */
    record Usage(String model, String promptVersion, Integer promptTokens, Integer outputTokens, Integer totalTokens,
                 boolean paid) {

        /** Nothing known (a generator that says nothing about itself). */
        public static final Usage UNKNOWN = new Usage(null, null, null, null, null, false);
    }

    sealed interface Result permits Result.Generated, Result.Failed {

        /** What the call used; {@link Usage#UNKNOWN} when the generator did not say. */
        Usage usage();

        record Generated(byte[] jpeg, Usage usage) implements Result {

            public Generated {
                usage = Objects.requireNonNullElse(usage, Usage.UNKNOWN);
            }

            public Generated(byte[] jpeg) {
                this(jpeg, Usage.UNKNOWN);
            }
        }

        /**
         * @param transientFailure true when trying again later may succeed (timeouts, 429, 5xx)
         * @param reason           plain words for the owner, e.g. "blocked by safety filter"
         */
        record Failed(boolean transientFailure, String reason, Usage usage) implements Result {

            public Failed {
                usage = Objects.requireNonNullElse(usage, Usage.UNKNOWN);
            }

            public Failed(boolean transientFailure, String reason) {
                this(transientFailure, reason, Usage.UNKNOWN);
            }
        }
    }
}
