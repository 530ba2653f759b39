package com.rangoliboutique.application.port.in;

/**
 * Stores what {@link CountVisitsUseCase} counted since the last flush, in one batch added to the daily rows. When
 * the store cannot be reached the counts are kept and go with the next flush (up to a bound).
 */
public interface FlushVisitCountsUseCase {

    /** @return true when everything counted so far is stored */
    boolean flush();
}
