package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobQueue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Both sides of the {@code ai-generation} queue in memory: what the web app queues, the worker takes. A job id already
 * waiting, scheduled or running is not queued twice. {@link #take} does not wait: it answers at once. Can be made
 * unreachable, as Redis when it is down.
 */
public final class InMemoryJobQueue implements JobQueue, JobInbox {

    private final Clock clock;
    private final Deque<GenerationJob> waiting = new ArrayDeque<>();
    private final Map<String, GenerationJob> running = new HashMap<>();
    private final Map<GenerationJob, Instant> retries = new HashMap<>();
    private final List<GenerationJob> everEnqueued = new ArrayList<>();
    private boolean unreachable;
    private int deliveries;

    public InMemoryJobQueue(Clock clock) {
        this.clock = clock;
    }

    public InMemoryJobQueue() {
        this(Clock.systemUTC());
    }

    /** Every call from now on throws {@link QueueUnavailableException}, until {@link #reachable()}. */
    public synchronized void unreachable() {
        unreachable = true;
    }

    public synchronized void reachable() {
        unreachable = false;
    }

    /** The jobs waiting to be taken, first first. */
    public synchronized List<GenerationJob> waiting() {
        return List.copyOf(waiting);
    }

    /** Every job {@link #enqueue} accepted, duplicates left out, in order. */
    public synchronized List<GenerationJob> everEnqueued() {
        return List.copyOf(everEnqueued);
    }

    @Override
    public synchronized void enqueue(GenerationJob job) {
        failIfUnreachable();
        if (isLive(job.imageId())) {
            return;
        }
        waiting.addLast(job);
        everEnqueued.add(job);
    }

    @Override
    public synchronized Optional<Delivery> take(Duration wait) {
        failIfUnreachable();
        GenerationJob job = waiting.pollFirst();
        if (job == null) {
            return Optional.empty();
        }
        Delivery delivery = new Delivery("delivery-" + ++deliveries, job);
        running.put(delivery.id(), job);
        return Optional.of(delivery);
    }

    @Override
    public synchronized void complete(Delivery delivery) {
        failIfUnreachable();
        running.remove(delivery.id());
    }

    @Override
    public synchronized void retryLater(Delivery delivery, GenerationJob next, Duration delay) {
        failIfUnreachable();
        running.remove(delivery.id());
        retries.put(next, clock.instant().plus(delay));
    }

    @Override
    public synchronized void giveBack(Delivery delivery) {
        failIfUnreachable();
        GenerationJob job = running.remove(delivery.id());
        if (job != null) {
            waiting.addFirst(job);
        }
    }

    @Override
    public synchronized int promoteDueRetries() {
        failIfUnreachable();
        Instant now = clock.instant();
        List<GenerationJob> due = retries.entrySet().stream()
                .filter(e -> !e.getValue().isAfter(now)).map(Map.Entry::getKey).toList();
        due.forEach(job -> {
            retries.remove(job);
            waiting.addLast(job);
        });
        return due.size();
    }

    @Override
    public synchronized boolean isLive(long imageId) {
        failIfUnreachable();
        return waiting.stream().anyMatch(j -> j.imageId() == imageId)
                || running.values().stream().anyMatch(j -> j.imageId() == imageId)
                || retries.keySet().stream().anyMatch(j -> j.imageId() == imageId);
    }

    @Override
    public synchronized long depth() {
        failIfUnreachable();
        return waiting.size() + retries.size();
    }

    private void failIfUnreachable() {
        if (unreachable) {
            throw new QueueUnavailableException("the in-memory queue was made unreachable", null);
        }
    }
}
