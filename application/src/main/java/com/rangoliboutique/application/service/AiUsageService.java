package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.AiUsageUseCase;
import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.application.port.out.GenerationLog.Totals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/** The month so far in the shop's time zone: from its first day's midnight there to the next month's. */
public final class AiUsageService implements AiUsageUseCase {

    private final GenerationLog generations;
    private final Clock clock;
    private final ZoneId zone;
    private final BigDecimal costPerImage;

    public AiUsageService(GenerationLog generations, Clock clock, ZoneId zone, BigDecimal costPerImage) {
        if (costPerImage.signum() < 0) {
            throw new IllegalArgumentException("the cost of an AI photo cannot be below 0, was " + costPerImage);
        }
        this.generations = generations;
        this.clock = clock;
        this.zone = zone;
        this.costPerImage = costPerImage;
    }

    @Override
    public AiUsage thisMonth() {
        YearMonth month = YearMonth.from(clock.instant().atZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Totals t = generations.between(from, to);
        return new AiUsage(month, t.attempts(), t.ready(), t.refused(), t.approved(),
                t.ready() == 0 ? Optional.empty() : Optional.of(t.readyLatency().dividedBy(t.ready())),
                t.promptTokens(), t.outputTokens(), t.totalTokens(), t.billed(), costPerImage);
    }
}
