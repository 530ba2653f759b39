package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ShopStatsUseCase;
import com.rangoliboutique.application.port.out.StatsChart;
import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.application.port.out.VisitStats.DayTotals;
import com.rangoliboutique.application.port.out.VisitStats.PieceTotals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class ShopStatsService implements ShopStatsUseCase {

    private final VisitStats visits;
    private final StatsChart chart;
    private final Clock clock;
    private final ZoneId zone;

    public ShopStatsService(VisitStats visits, StatsChart chart, Clock clock, ZoneId zone) {
        this.visits = visits;
        this.chart = chart;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public ShopStats stats() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate weekFrom = today.minusDays(6);
        LocalDate beforeFrom = weekFrom.minusDays(7);
        LocalDate chartFrom = today.minusDays(CHART_DAYS - 1L);
        List<DayTotals> days = visits.days(chartFrom.isBefore(beforeFrom) ? chartFrom : beforeFrom, today);
        List<PieceTotals> week = visits.pieces(weekFrom, today);
        return new ShopStats(today, period(days, weekFrom, today), period(days, beforeFrom, weekFrom.minusDays(1)),
                topByTaps(week), viewedNotTapped(week), byCategory(week), everyDay(days, chartFrom, today));
    }

    @Override
    public Optional<byte[]> chart(ShopStats stats) {
        return stats.anyCounted() ? Optional.of(chart.dailyViewsAndTaps(stats.days())) : Optional.empty();
    }

    static Period period(List<DayTotals> days, LocalDate from, LocalDate to) {
        long views = 0;
        long taps = 0;
        for (DayTotals day : days) {
            if (!day.day().isBefore(from) && !day.day().isAfter(to)) {
                views += day.views();
                taps += day.taps();
            }
        }
        return new Period(from, to, views, taps);
    }

    /** The most tapped first, then the most viewed, then the dress id; only pieces someone tapped. */
    static List<Piece> topByTaps(List<PieceTotals> pieces) {
        return pieces.stream()
                .filter(p -> p.taps() > 0)
                .sorted(Comparator.comparingLong(PieceTotals::taps).reversed()
                        .thenComparing(Comparator.comparingLong(PieceTotals::views).reversed())
                        .thenComparing(p -> p.dressId().number()))
                .limit(LIST_SIZE)
                .map(ShopStatsService::piece)
                .toList();
    }

    /** At least {@link #MANY_VIEWS} views and not one tap, most viewed first. */
    static List<Piece> viewedNotTapped(List<PieceTotals> pieces) {
        return pieces.stream()
                .filter(p -> p.taps() == 0 && p.views() >= MANY_VIEWS)
                .sorted(Comparator.comparingLong(PieceTotals::views).reversed()
                        .thenComparing(p -> p.dressId().number()))
                .limit(LIST_SIZE)
                .map(ShopStatsService::piece)
                .toList();
    }

    /** A piece counts in each of its categories (compared without case); most tapped, then most viewed first. */
    static List<Category> byCategory(List<PieceTotals> pieces) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (PieceTotals piece : pieces) {
            for (String category : piece.categories().stream().map(String::strip).distinct().toList()) {
                String key = category.toLowerCase(Locale.ROOT);
                names.putIfAbsent(key, category);
                long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
                sum[0] += piece.views();
                sum[1] += piece.taps();
            }
        }
        List<Category> categories = new ArrayList<>();
        sums.forEach((key, sum) -> categories.add(new Category(names.get(key), sum[0], sum[1])));
        categories.sort(Comparator.comparingLong(Category::taps).reversed()
                .thenComparing(Comparator.comparingLong(Category::views).reversed())
                .thenComparing(Category::name));
        return categories;
    }

    /** Every day of {@code from}..{@code to}, zeros where nothing was counted. */
    static List<Day> everyDay(List<DayTotals> counted, LocalDate from, LocalDate to) {
        Map<LocalDate, DayTotals> byDay = new HashMap<>();
        counted.forEach(day -> byDay.put(day.day(), day));
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayTotals totals = byDay.get(day);
            days.add(totals == null ? new Day(day, 0, 0) : new Day(day, totals.views(), totals.taps()));
        }
        return days;
    }

    private static Piece piece(PieceTotals p) {
        return new Piece(p.dressId(), p.title(), p.views(), p.taps());
    }
}
