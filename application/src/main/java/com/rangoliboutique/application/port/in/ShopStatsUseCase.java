package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.product.DressId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What buyers did lately (the owner's /stats after the counts by status): the last 7 days against the 7 before, the
 * pieces that sell and those looked at but never asked about, by category, and 30 days day by day. Numbers only; the
 * bot words them.
 */
public interface ShopStatsUseCase {

    /** Pieces with at least this many views in 7 days and no tap are listed as looked at but not asked about. */
    int MANY_VIEWS = 20;
    /** At most this many pieces in the top list and in the looked-at list. */
    int LIST_SIZE = 5;
    /** The chart's span. */
    int CHART_DAYS = 30;

    ShopStats stats();

    /**
     * The 30 days of {@code stats} as a chart (PNG); empty when nothing was counted in them — then there is no chart,
     * not a chart of zeros.
     */
    Optional<byte[]> chart(ShopStats stats);

    /**
     * @param today      the shop's date ({@code SHOP_TIME_ZONE}) the figures end with
     * @param lastWeek   the last 7 days, today included
     * @param weekBefore the 7 days before those
     * @param topByTaps  the most WhatsApp-tapped pieces of the last 7 days, at most {@link #LIST_SIZE}, only with taps
     * @param viewedNotTapped pieces with at least {@link #MANY_VIEWS} views and no tap in the last 7 days, most viewed first
     * @param categories views and taps per category in the last 7 days, most tapped first
     * @param days       the last {@link #CHART_DAYS} days, oldest first, every day present (zeros where nothing)
     */
    record ShopStats(LocalDate today, Period lastWeek, Period weekBefore, List<Piece> topByTaps,
                     List<Piece> viewedNotTapped, List<Category> categories, List<Day> days) {

        public ShopStats {
            topByTaps = List.copyOf(topByTaps);
            viewedNotTapped = List.copyOf(viewedNotTapped);
            categories = List.copyOf(categories);
            days = List.copyOf(days);
        }

        /** Whether anything was counted in the last {@link #CHART_DAYS} days. */
        public boolean anyCounted() {
            return days.stream().anyMatch(day -> day.views() > 0 || day.taps() > 0);
        }

        public Change viewsChange() {
            return new Change(weekBefore.views(), lastWeek.views());
        }

        public Change tapsChange() {
            return new Change(weekBefore.taps(), lastWeek.taps());
        }

        /** Taps per 100 views, before and now; a side without views has no rate. */
        public RateChange rateChange() {
            return new RateChange(weekBefore.tapsPer100Views(), lastWeek.tapsPer100Views());
        }
    }

    /** Counts over {@code from}..{@code to}, both included. */
    record Period(LocalDate from, LocalDate to, long views, long taps) {

        /** WhatsApp taps per 100 piece views; empty without views. */
        public OptionalDouble tapsPer100Views() {
            return views == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * taps / views);
        }
    }

    enum Direction { UP, DOWN, SAME }

    /** A count now against before. */
    record Change(long before, long now) {

        public Direction direction() {
            return now > before ? Direction.UP : now < before ? Direction.DOWN : Direction.SAME;
        }

        /** The change in whole percent of {@code before} (rounded half up), empty when before was 0. */
        public Optional<Long> percent() {
            return before == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * (now - before) / before));
        }
    }

    /** Taps per 100 views now against before. */
    record RateChange(OptionalDouble before, OptionalDouble now) {

        /** Rates equal to one decimal count as the same; empty when either side has no rate. */
        public Optional<Direction> direction() {
            if (before.isEmpty() || now.isEmpty()) {
                return Optional.empty();
            }
            long b = Math.round(before.getAsDouble() * 10);
            long n = Math.round(now.getAsDouble() * 10);
            return Optional.of(n > b ? Direction.UP : n < b ? Direction.DOWN : Direction.SAME);
        }
    }

    record Piece(DressId dressId, String title, long views, long taps) {
    }

    record Category(String name, long views, long taps) {
    }

    /** One day's piece views and WhatsApp taps. */
    record Day(LocalDate day, long views, long taps) {
    }
}
