package com.rangoliboutique.adapter.out.telegram;

import java.time.Duration;

/**
 * How often the owner's "sending photo…" is sent again while a photo is made: Telegram shows a chat action for
 * about five seconds. The worker provides it from {@code WORKER_PROGRESS_EVERY}; without one the notifier uses
 * {@link #DEFAULT}.
 */
public record ProgressRenewal(Duration every) {

    public static final ProgressRenewal DEFAULT = new ProgressRenewal(Duration.ofSeconds(4));

    public ProgressRenewal {
        if (every == null || every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("the progress indicator must be renewed after some time, not " + every);
        }
    }
}
