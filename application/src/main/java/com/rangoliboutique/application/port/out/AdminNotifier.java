package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.image.ColourCheck;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Talks to the owner in Telegram. The application hands over facts; the adapter words every sentence the owner
 * reads. Photos are uploaded as bytes, never as URLs Telegram would have to fetch.
 */
public interface AdminNotifier {

    /** Sends a plain message to the chat. */
    void message(long chatId, String text);

    /**
     * Sends the preview card: the original photo, then the AI photo captioned with the product's details (and its
     * look, when not studio) and the buttons Approve, Regenerate, Style, Add to gallery, Publish original, Edit,
     * Discard (callback data {@code approve:<id>}, {@code regen:<id>}, {@code style:<id>}, {@code gal:<id>:<version>},
     * {@code pub_orig:<id>}, {@code edit_meta:<id>}, {@code discard:<id>}).
     *
     * @return the Telegram message id of the AI photo, so later callbacks can edit it
     */
    int sendPreview(PreviewCard card);

    /**
     * Tells the owner that generation failed for good, with the buttons Publish original ({@code pub_orig:<id>}),
     * Regenerate ({@code regen:<id>}) and Discard ({@code discard:<id>}); a refusal (safety filter) also Style
     * ({@code style:<id>}), another look being worth a try.
     */
    void sendGenerationFailed(long chatId, long productId, GenerationFailed failed);

    /**
     * Sends the morning digest: a summary (yesterday's views and taps, how many drafts wait, how many pieces have not
     * sold), then one message per waiting draft with the preview card's five buttons and one per stock alert with
     * Hide ({@code st_hide:<dress id>}), Sold out ({@code st_sold:<dress id>}) and Keep ({@code st_keep:<dress id>}).
     *
     * @return the messages about one piece each (a waiting draft, a stock alert), so that a reply to one acts on it
     * @throws NotDelivered when a message did not get through (those before it did)
     */
    List<AboutPiece> sendDigest(long chatId, Digest digest);

    /**
     * Sends a piece's two share cards as files (every pixel kept), each captioned with what it is for, and the page
     * they link to.
     */
    void sendShareCards(long chatId, ShareCards cards);

    /** Tells the owner why a piece has no share cards: buyers cannot see it, or it is gone. */
    void sendNoShareCards(long chatId, NotShareable piece);

    /**
     * A piece's share cards, ready to forward.
     *
     * @param statusJpeg 1080×1920, for WhatsApp Status and stories
     * @param postJpeg   1080×1350, for a feed post
     * @param pageUrl    the page their QR codes open
     */
    record ShareCards(DressId dressId, String pageUrl, byte[] statusJpeg, byte[] postJpeg) {
    }

    /**
     * A piece buyers cannot see, so nothing to share.
     *
     * @param dressId empty when no piece has the id (any more)
     * @param status  the piece's status; empty when it is gone
     */
    record NotShareable(Optional<DressId> dressId, Optional<ProductStatus> status) {

        public static NotShareable gone() {
            return new NotShareable(Optional.empty(), Optional.empty());
        }
    }

    /** A message the bot sent that is about one piece. */
    record AboutPiece(int messageId, long productId) {
    }

    /**
     * Shows the owner that a photo is on its way ("sending photo…") until the returned handle is closed. Never fails
     * the work it accompanies: an indicator that does not get through is only logged.
     */
    Working showWorking(long chatId);

    /**
     * What the preview card shows: the product as it is now, the rate for its ~$ price, the AI version and how far its
     * colours moved from the original ({@code colours} null: not checked, the card says nothing about colours).
     */
    record PreviewCard(long chatId, long productId, DressId dressId, ProductDetails details, BigDecimal usdFxRate,
                       int aiVersion, AiStyle style, byte[] originalJpeg, byte[] aiJpeg, ColourCheck colours) {

        public PreviewCard {
            style = style == null ? AiStyle.STUDIO : style;
        }

        /** A studio photo's card without a colour check. */
        public PreviewCard(long chatId, long productId, DressId dressId, ProductDetails details, BigDecimal usdFxRate,
                           int aiVersion, byte[] originalJpeg, byte[] aiJpeg) {
            this(chatId, productId, dressId, details, usdFxRate, aiVersion, AiStyle.STUDIO, originalJpeg, aiJpeg, null);
        }

        /** A studio photo's card. */
        public PreviewCard(long chatId, long productId, DressId dressId, ProductDetails details, BigDecimal usdFxRate,
                           int aiVersion, byte[] originalJpeg, byte[] aiJpeg, ColourCheck colours) {
            this(chatId, productId, dressId, details, usdFxRate, aiVersion, AiStyle.STUDIO, originalJpeg, aiJpeg,
                    colours);
        }

        /** A card without a colour check. */
        public PreviewCard(long chatId, long productId, DressId dressId, ProductDetails details,
                           BigDecimal usdFxRate, int aiVersion, AiStyle style, byte[] originalJpeg, byte[] aiJpeg) {
            this(chatId, productId, dressId, details, usdFxRate, aiVersion, style, originalJpeg, aiJpeg, null);
        }
    }

    /**
     * Generation stopped for good after {@code attempts}: every retry was spent, or ({@code refused}) the attempt
     * failed in a way another would not fix (safety filter, no image). {@code reason} is the generator's own.
     */
    record GenerationFailed(DressId dressId, int attempts, String reason, boolean refused) {

        public static GenerationFailed afterRetries(DressId dressId, int attempts, String reason) {
            return new GenerationFailed(dressId, attempts, reason, false);
        }

        public static GenerationFailed refused(DressId dressId, int attempts, String reason) {
            return new GenerationFailed(dressId, attempts, reason, true);
        }
    }

    /**
     * The morning digest's facts.
     *
     * @param day        the shop day the counts are of (yesterday)
     * @param views      piece views that day
     * @param taps       WhatsApp order taps that day
     * @param waiting    drafts made more than a day ago, oldest first (at most {@code shownMax} of {@code waitingCount})
     * @param alerts     pieces on sale over {@code staleAfterDays} days with no tap in {@code quietDays} days
     */
    record Digest(LocalDate day, long views, long taps, List<Waiting> waiting, int waitingCount, List<Alert> alerts,
                  int alertCount, int staleAfterDays, int quietDays) {

        public Digest {
            waiting = List.copyOf(waiting);
            alerts = List.copyOf(alerts);
        }

        /** Nothing happened and nothing waits: no message. */
        public boolean nothingToSay() {
            return views == 0 && taps == 0 && waitingCount == 0 && alertCount == 0;
        }

        public record Waiting(long productId, DressId dressId, String title, long daysWaiting) {
        }

        /** @param views the piece's views in the quiet days */
        public record Alert(long productId, DressId dressId, String title, long daysOnSale, long views) {
        }
    }

    /** The indicator of {@link #showWorking}; closing it stops the indicator. */
    interface Working extends AutoCloseable {

        /** Nothing to show (no chat to show it in). */
        Working NONE = () -> {
        };

        @Override
        void close();
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

        public Optional<java.time.Duration> retryAfter() {
            return java.util.Optional.ofNullable(retryAfter);
        }
    }
}
