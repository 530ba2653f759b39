package com.rangoliboutique.application.port.in;


import java.time.Duration;

/** Flow B of the spec: one attempt at turning a draft's garment photo into an on-model photo. */
public interface GenerateAiImageUseCase {

    Outcome generate(GenerationJob job);

    sealed interface Outcome {

        /** The AI image is stored, marked READY, and the preview card is with the owner. */
        record Done() implements Outcome {
        }

        /** Nothing to do: already READY, already failed, or discarded. */
        record Skipped(String why) implements Outcome {
        }

        /**
         * Another worker holds the image's lock (it is generating it, or it died and the lock has not expired yet):
         * the same attempt runs again after {@code delay}, and finds the image READY if the other one finished.
         */
        record Postponed(Duration delay, String why) implements Outcome {
        }

        /** A transient failure: the next attempt runs after {@code delay}. */
        record RetryAfter(Duration delay, String reason) implements Outcome {
        }

        /** Failed for good: the image is FAILED and the owner was told why. */
        record Failed(String reason) implements Outcome {
        }
    }
}
