package com.rangoliboutique.application.port.in;

import java.util.List;
import java.util.function.Consumer;

/**
 * {@code java -jar web-app.jar backfill-images}: every published image gets what publishing makes today — the resized
 * JPEG copies (for photos published before copies existed) and their WebP twins. Idempotent and resumable: each
 * image is written on its own, and an image that has everything is only looked at.
 */
public interface BackfillImagesUseCase {

    /**
     * @param progress one line per image that needed something (or failed), as it goes
     * @throws WebpUnavailableException before anything is read, when this process cannot encode WebP
     */
    Summary backfill(Consumer<String> progress);

    /**
     * @param images         the published images looked at
     * @param renditionsMade JPEG copies made
     * @param webpMade       WebP copies made
     * @param complete       images that needed nothing
     * @param failed         the images that could not be completed, each named with the reason
     */
    record Summary(int images, int renditionsMade, int webpMade, int complete, List<String> failed) {

        public Summary {
            failed = List.copyOf(failed);
        }

        public boolean nothingToDo() {
            return complete == images && failed.isEmpty();
        }
    }

    /** The native WebP encoder could not load here: nothing would be made. */
    final class WebpUnavailableException extends RuntimeException {

        public WebpUnavailableException(String message) {
            super(message);
        }
    }
}
