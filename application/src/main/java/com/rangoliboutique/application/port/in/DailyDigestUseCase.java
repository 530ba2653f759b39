package com.rangoliboutique.application.port.in;

/**
 * The owner's morning digest: once a shop day, after {@code DIGEST_TIME}, yesterday's views and taps, drafts waiting
 * for a decision and stock alerts. Called by a timer every minute or so; whichever process claims the day sends it.
 */
public interface DailyDigestUseCase {

    /** Sends today's digest when it is due and no one has claimed it yet. */
    Outcome sendIfDue();

    enum Outcome {
        /** {@code DIGEST_TIME=off}. */
        OFF,
        /** Before today's digest time. */
        NOT_YET,
        /** Today's digest was already taken on (by this process, another worker, or before a restart). */
        ALREADY_CLAIMED,
        /** Claimed, but there was nothing to tell: no message. */
        NOTHING_TO_SAY,
        SENT,
        /** Sending failed; the claim was given back, so a later call tries again. */
        FAILED
    }
}
