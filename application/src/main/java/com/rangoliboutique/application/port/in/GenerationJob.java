package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.image.AiStyle;

/**
 * One AI generation job, as spec §5 describes its payload.
 *
 * @param originalImageKey storage key of the garment photo (not a URL: URLs expire, keys do not)
 * @param attempt          1 for the first run, counting up with each retry
 * @param style            the look asked for (a job queued without one is {@link AiStyle#STUDIO})
 */
public record GenerationJob(long productId, long imageId, String originalImageKey, int version, int attempt,
                            AiStyle style) {

    /** A studio job (the spec's prompt). */
    public GenerationJob(long productId, long imageId, String originalImageKey, int version, int attempt) {
        this(productId, imageId, originalImageKey, version, attempt, AiStyle.STUDIO);
    }

    public GenerationJob {
        style = style == null ? AiStyle.STUDIO : style;
        if (originalImageKey == null || originalImageKey.isBlank()) {
            throw new IllegalArgumentException("a generation job needs the original image key");
        }
        if (version < 1 || attempt < 1) {
            throw new IllegalArgumentException("version and attempt start at 1");
        }
    }

    /** The idempotency key: enqueueing the same image twice runs it once. */
    public String jobId() {
        return "ai_gen_" + imageId;
    }

    public GenerationJob nextAttempt() {
        return new GenerationJob(productId, imageId, originalImageKey, version, attempt + 1, style);
    }
}
