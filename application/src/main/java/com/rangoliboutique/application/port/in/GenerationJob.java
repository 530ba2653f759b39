package com.rangoliboutique.application.port.in;

/**
 * One AI generation job, as spec §5 describes its payload.
 *
 * @param originalImageKey storage key of the garment photo (not a URL: URLs expire, keys do not)
 * @param attempt          1 for the first run, counting up with each retry
 */
public record GenerationJob(long productId, long imageId, String originalImageKey, int version, int attempt) {

    public GenerationJob {
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
        return new GenerationJob(productId, imageId, originalImageKey, version, attempt + 1);
    }
}
