package com.rangoliboutique.application.port.out;

/** Turns a flat garment photo into a studio photo of a model wearing it. */
public interface ImageGenerator {

    Result generate(byte[] garmentJpeg, GarmentContext context);

    /** What the generator may know about the garment (it helps the prompt, it is never required). */
    record GarmentContext(String dressId, String title, java.util.List<String> categories) {
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
