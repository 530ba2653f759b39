package com.rangoliboutique.application.port.out;

/** Talks to the owner in Telegram. */
public interface AdminNotifier {

    /** Sends a plain message to the chat. */
    void message(long chatId, String text);

    /**
     * Sends the preview card (original photo, AI photo with the caption and the approval buttons).
     *
     * @return the Telegram message id of the card, so later callbacks can edit it
     */
    int sendPreview(PreviewCard card);

    record PreviewCard(long chatId, long productId, String dressId, String caption, byte[] originalJpeg,
                       byte[] aiJpeg) {
    }
}
