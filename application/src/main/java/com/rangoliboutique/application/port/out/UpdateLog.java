package com.rangoliboutique.application.port.out;

import java.time.Duration;

/** Which Telegram updates were already handled: Telegram re-delivers an update until it gets a 200 in time. */
public interface UpdateLog {

    /** True the first time {@code updateId} is seen within {@code remember}; false for every re-delivery. */
    boolean firstDelivery(long updateId, Duration remember);

    /**
     * Forgets {@code updateId}: it could not be handled (the database was away) and was refused with a 503, so that
     * Telegram's next delivery of it is handled as the first.
     */
    void forget(long updateId);
}
