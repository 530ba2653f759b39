package com.rangoliboutique.application.port.out;

import com.rangoliboutique.domain.product.DressId;

import java.time.LocalDate;
import java.util.List;

/** The daily counts of what buyers did (views, WhatsApp taps), read back summed. Days are the shop's dates. */
public interface VisitStats {

    /** Per day of {@code from}..{@code to} (both included) that has any count, oldest first. */
    List<DayTotals> days(LocalDate from, LocalDate to);

    /** Per piece with any count in {@code from}..{@code to}, summed over those days; in no particular order. */
    List<PieceTotals> pieces(LocalDate from, LocalDate to);

    /** @param views piece views summed over every piece; {@code catalogViews} the catalog's own page views */
    record DayTotals(LocalDate day, long views, long taps, long similarTaps, long catalogViews) {
    }

    record PieceTotals(long productId, DressId dressId, String title, List<String> categories, long views, long taps,
                       long similarTaps) {

        public PieceTotals {
            categories = List.copyOf(categories);
        }
    }
}
