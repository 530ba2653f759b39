package com.rangoliboutique.application.port.in;

/** One round of the promotion outbox: the due rows claimed, each handled, then done or put off for a retry. */
public interface HandlePromotionsUseCase {

    /**
     * @return how many rows were claimed (0: nothing was due)
     * @throws RuntimeException when the outbox itself cannot be read (the database is away)
     */
    int handleDue();
}
