package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;

import java.time.LocalDate;

/** The owner keeps a piece a stock alert asked about: no alert about it for {@link #SILENCE_DAYS} days (audited). */
public interface KeepOnSaleUseCase {

    int SILENCE_DAYS = 30;

    /**
     * @throws com.rangoliboutique.domain.DomainException when there is no such piece; the message is for the owner
     */
    Kept keep(long adminId, DressId dressId);

    /** @param silentUntil the shop's date until which the piece gets no alert */
    record Kept(DressId dressId, LocalDate silentUntil) {
    }
}
