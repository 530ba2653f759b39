package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.GenerationLog;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@link GenerationLog} over the in-memory {@code ai_generations} and audit log. */
public final class InMemoryGenerationLog implements GenerationLog {

    private final InMemoryDatabase db;

    InMemoryGenerationLog(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void record(Generation generation) {
        db.write(() -> db.tables.generations.add(generation));
    }

    @Override
    public Totals between(Instant from, Instant to) {
        return db.read(() -> {
            List<Generation> in = db.tables.generations.stream().filter(g -> within(g.startedAt(), from, to)).toList();
            long approved = db.tables.audit.stream().map(InMemoryDatabase.AuditLogRow::entry)
                    .filter(InMemoryGenerationLog::approvedAi)
                    .filter(e -> within(e.createdAt(), from, to)).count();
            return new Totals(in.size(), count(in, Outcome.READY), count(in, Outcome.REFUSED),
                    in.stream().filter(Generation::billed).count(),
                    Duration.ofMillis(in.stream().filter(g -> g.outcome() == Outcome.READY)
                            .mapToLong(g -> g.latency().toMillis()).sum()),
                    approved,
                    sum(in, g -> g.usage().promptTokens()), sum(in, g -> g.usage().outputTokens()),
                    sum(in, g -> g.usage().totalTokens()));
        });
    }

    /** Every generation written, oldest first (what a test would read from the table). */
    public List<Generation> all() {
        return db.read(() -> List.copyOf(db.tables.generations));
    }

    private static long count(List<Generation> generations, Outcome outcome) {
        return generations.stream().filter(g -> g.outcome() == outcome).count();
    }

    private static long sum(List<Generation> generations, java.util.function.Function<Generation, Integer> count) {
        return generations.stream().map(count).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** What Approve writes when it publishes an AI photo. */
    private static boolean approvedAi(AuditEntry entry) {
        return entry.action() == AuditAction.PUBLISH && entry.payload().get("ai_version") != null;
    }
}
