package com.rangoliboutique.application.port.in;

import com.rangoliboutique.application.port.out.GenerationJob;

import java.time.Duration;

/** Flow B of the spec: one attempt at turning a draft's garment photo into an on-model photo. */
public interface GenerateAiImageUseCase {

    Outcome generate(GenerationJob job);

    sealed interface Outcome {

        /** The AI image is stored, marked READY, and the preview card is with the owner. */
        record Done() implements Outcome {
        }

        /** Nothing to do: already READY, already failed, discarded, or another worker holds the lock. */
        record Skipped(String why) implements Outcome {
        }

        /** A transient failure: try again after {@code delay}. */
        record RetryAfter(Duration delay, String reason) implements Outcome {
        }

        /** Failed for good: the image is FAILED and the owner was told why. */
        record Failed(String reason) implements Outcome {
        }
    }
}
