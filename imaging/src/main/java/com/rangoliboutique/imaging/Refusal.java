package com.rangoliboutique.imaging;

/**
 * Why bytes were not turned into a picture: facts, not sentences. Whoever talks to a person words them (the bot
 * does for the owner); the numbers are all a wording needs.
 */
public sealed interface Refusal extends Decoding, PhotoPipeline.Outcome {

    /** More bytes than the limit; refused before anything is decoded. */
    record TooLarge(long bytes, long limit) implements Refusal {
    }

    /** Not a format we accept, by its content. */
    record NotAPicture() implements Refusal {
    }

    /**
     * A format we accept whose data cannot be decoded (truncated, corrupt).
     *
     * @param cause what the reader threw, or null when it only warned of a corrupt scan
     */
    record Damaged(Exception cause) implements Refusal {
    }

    /** More pixels than the limit, read from the header before any pixel is allocated. */
    record TooManyPixels(int width, int height, long limit) implements Refusal {
        public long pixels() {
            return (long) width * height;
        }
    }

    /** A side shorter than {@code min} pixels. */
    record TooSmall(int width, int height, int min) implements Refusal {
    }

    /** A side longer than {@code max} pixels. */
    record SideTooLong(int width, int height, int max) implements Refusal {
    }
}
