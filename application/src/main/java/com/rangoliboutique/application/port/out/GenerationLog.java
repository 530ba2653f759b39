package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.out.ImageGenerator.Usage;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Every call of the AI image generator with what it used ({@code ai_generations}), and those of a span read back
 * summed for the owner's /stats. A row stays when its draft is discarded: the call was made (and maybe paid) all the
 * same.
 */
public interface GenerationLog {

    void record(Generation generation);

    /** The generations started in {@code [from, to)} and the AI photos approved in it, summed. */
    Totals between(Instant from, Instant to);

    /**
     * What one call gave: an image ({@code READY}); no image, because the service could not be reached or answered
     * with a temporary error ({@code FAILED}, also when the generator threw); or an answer without a usable image that
     * trying again would not change — a safety filter, text only, bad credentials ({@code REFUSED}).
     */
    enum Outcome { READY, FAILED, REFUSED }

    /**
     * One call of the generator for one attempt of a job.
     *
     * @param style  the look asked for ({@link com.rangoliboutique.domain.image.AiStyle#promptName()}, e.g. {@link #STUDIO})
     * @param billed whether the AI service bills this call by its image: an image came back from a paid service
     *               ({@link Usage#paid()}); failed and refused calls return no image and are not billed by the image
     * @param usage  the model, prompt version and token counts the generator reported
     */
    record Generation(long productId, long imageId, int version, int attempt, String style, Instant startedAt,
                      Duration latency, Outcome outcome, boolean billed, Usage usage) {

        /** The spec's studio look, the only one so far. */
        public static final String STUDIO = "studio";

        public Generation {
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(outcome, "outcome");
            latency = latency == null || latency.isNegative() ? Duration.ZERO : latency;
            usage = Objects.requireNonNullElse(usage, Usage.UNKNOWN);
        }
    }

    /**
     * @param attempts     every call of the generator
     * @param ready        calls that gave an image
     * @param refused      calls the service answered without a usable image (the rest of the attempts failed)
     * @param billed       calls billed by the image (see {@link Generation#billed})
     * @param readyLatency the time the READY calls took, summed
     * @param approved     AI photos published by Approve (the audit's {@code PUBLISH} entries with an AI version)
     * @param promptTokens tokens sent, summed over the calls that reported them; {@code outputTokens}, {@code
     *                     totalTokens} likewise
     */
    record Totals(long attempts, long ready, long refused, long billed, Duration readyLatency, long approved,
                  long promptTokens, long outputTokens, long totalTokens) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, Duration.ZERO, 0, 0, 0, 0);

        public long failed() {
            return attempts - ready - refused;
        }
    }
}
