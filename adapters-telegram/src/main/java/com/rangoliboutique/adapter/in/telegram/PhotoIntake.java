package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.imaging.PhotoPipeline;
import com.rangoliboutique.imaging.Refusal;

/**
 * Turns the bytes the owner sent into a clean JPEG ({@link PhotoPipeline}), or into a refusal the owner understands
 * ({@link PhotoRefusals}). Thread-safe: it holds only its limits.
 */
public final class PhotoIntake {

    /** What became of the bytes. */
    public sealed interface Result permits Accepted, Refused {
    }

    /** A clean JPEG (no metadata, upright, at most {@value PhotoPipeline#MAX_LONG_SIDE} px on the long side). */
    public record Accepted(byte[] jpeg, int width, int height) implements Result {
    }

    /** Why not, in one line for the owner. */
    public record Refused(String reason) implements Result {
    }

    private final PhotoPipeline pipeline;

    public PhotoIntake() {
        this(PhotoPipeline.MAX_BYTES, PhotoPipeline.MAX_PIXELS);
    }

    public PhotoIntake(long maxBytes, long maxPixels) {
        this.pipeline = new PhotoPipeline(maxBytes, maxPixels);
    }

    public Result accept(byte[] bytes) {
        PhotoPipeline.Outcome outcome = pipeline.clean(bytes);
        if (outcome instanceof PhotoPipeline.Cleaned clean) {
            return new Accepted(clean.jpeg(), clean.width(), clean.height());
        }
        return new Refused(PhotoRefusals.reason((Refusal) outcome));
    }
}
