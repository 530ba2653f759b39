package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.imaging.PhotoPipeline;
import com.rangoliboutique.imaging.Refusal;
import java.util.Locale;

/** Why a photo the owner sent was not taken, in one line for the owner. */
final class PhotoRefusals {

    static final String NOT_A_PHOTO = "That file is not a photo — send a JPEG, PNG or WebP picture.";
    static final String DAMAGED = "That picture is damaged and cannot be opened.";

    private PhotoRefusals() {
    }

    static String reason(Refusal refusal) {
        if (refusal instanceof Refusal.TooLarge tooLarge) {
            return tooLarge(tooLarge);
        }
        if (refusal instanceof Refusal.NotAPicture) {
            return NOT_A_PHOTO;
        }
        if (refusal instanceof Refusal.Damaged) {
            return DAMAGED;
        }
        if (refusal instanceof Refusal.TooManyPixels tooMany) {
            return "That picture is " + tooMany.width() + "×" + tooMany.height() + " pixels ("
                    + megapixels(tooMany.pixels(), tooMany.limit()) + " megapixels) — the limit is "
                    + oneDecimal(tooMany.limit() / 1_000_000.0) + " megapixels.";
        }
        if (refusal instanceof Refusal.TooSmall small) {
            return "That picture is " + small.width() + "×" + small.height() + " pixels — too small to show a garment."
                    + " Send one at least " + small.min() + " pixels on each side.";
        }
        Refusal.SideTooLong tooLong = (Refusal.SideTooLong) refusal;
        return "That picture is " + tooLong.width() + "×" + tooLong.height() + " pixels — the limit is " + tooLong.max()
                + " pixels on each side.";
    }

    /** The size Telegram announces, checked before downloading; {@code bytes} is over {@link PhotoPipeline#MAX_BYTES}. */
    static String announcedTooLarge(long bytes) {
        return String.format(Locale.ROOT, "That photo is %.1f MB — the limit is ", bytes / 1024.0 / 1024.0)
                + megabytes(PhotoPipeline.MAX_BYTES) + ". Send it compressed, or as a smaller file.";
    }

    private static String tooLarge(Refusal.TooLarge refusal) {
        String limit = megabytes(refusal.limit());
        String size = megabytes(refusal.bytes());
        if (size.equals(limit)) {
            // e.g. a download cut off at limit + 1 byte: the true size is unknown, only that it is too much
            return "That photo is over the " + limit + " limit. Send it compressed, or as a smaller file.";
        }
        return "That photo is " + size + " — the limit is " + limit + ". Send it compressed, or as a smaller file.";
    }

    /** "14.2 MB", or "10 MB" for a round number. */
    private static String megabytes(long bytes) {
        return oneDecimal(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** "108", "40", or "40.3" where rounding would hide that it is over the limit. */
    private static String megapixels(long pixels, long limit) {
        double mp = pixels / 1_000_000.0;
        long whole = Math.round(mp);
        return whole * 1_000_000 > limit ? Long.toString(whole) : oneDecimal(mp);
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
