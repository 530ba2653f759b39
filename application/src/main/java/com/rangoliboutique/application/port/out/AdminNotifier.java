package com.rangoliboutique.application.port.out;

/** Talks to the owner in Telegram. Photos are uploaded as bytes, never as URLs Telegram would have to fetch. */
public interface AdminNotifier {

    /** Sends a plain message to the chat. */
    void message(long chatId, String text);

    /**
     * Sends the preview card: the original photo, then the AI photo with {@code caption} and the five buttons
     * Approve, Regenerate, Publish original, Edit, Discard (callback data {@code approve:<id>}, {@code regen:<id>},
     * {@code pub_orig:<id>}, {@code edit_meta:<id>}, {@code discard:<id>}).
     *
     * @return the Telegram message id of the AI photo, so later callbacks can edit it
     */
    int sendPreview(PreviewCard card);

    /**
     * Tells the owner that generation failed for good, with the buttons Publish original ({@code pub_orig:<id>}),
     * Regenerate ({@code regen:<id>}) and Discard ({@code discard:<id>}).
     */
    void sendGenerationFailed(long chatId, long productId, String text);

    /** Shows "sending photo…" in the chat for a few seconds (Telegram's {@code upload_photo} chat action). */
    void showUploadingPhoto(long chatId);

    record PreviewCard(long chatId, long productId, String dressId, String caption, byte[] originalJpeg,
                       byte[] aiJpeg) {
    }

    /**
     * The message did not reach the owner: no answer, a Telegram server error, or flood control — then
     * {@link #retryAfter()} is how long Telegram asked us to wait.
     */
    class NotDelivered extends RuntimeException {

        private final java.time.Duration retryAfter;

        public NotDelivered(String message, java.time.Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        public java.util.Optional<java.time.Duration> retryAfter() {
            return java.util.Optional.ofNullable(retryAfter);
        }
    }
}
