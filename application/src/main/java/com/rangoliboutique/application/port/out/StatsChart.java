package com.rangoliboutique.application.port.out;

import com.rangoliboutique.application.port.in.ShopStatsUseCase.Day;

import java.util.List;

/** Draws daily views and WhatsApp taps as a picture the owner reads on a phone. */
public interface StatsChart {

    /** @return a PNG of the two series over {@code days} (oldest first) */
    byte[] dailyViewsAndTaps(List<Day> days);
}
