package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.application.port.in.CheckHealthUseCase;
import com.rangoliboutique.application.port.in.GenerateAiImageUseCase;
import com.rangoliboutique.application.port.in.GenerateAiImageUseCase.Outcome;
import com.rangoliboutique.application.port.in.RecoverPendingJobsUseCase;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobInbox.Delivery;
import com.rangoliboutique.application.port.out.JobLocks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The worker's loop: {@code concurrency} consumers take jobs from the queue and run flow B; a timer moves due retries
 * back into the queue and, less often, re-queues PENDING images whose job was lost. On SIGTERM it stops taking jobs,
 * lets running ones finish for a grace period, and gives back to the queue any still running.
 * <p>
 * Metrics: {@code rangoli.jobs.outcome} counts finished attempts by outcome (succeeded, skipped, retried, failed,
 * postponed, or error when the attempt broke off and the job will be delivered again); {@code rangoli.queue.depth}
 * is the queue's length as the timer last read it (NaN while Redis cannot be read), so a scrape never waits on Redis.
 */
@Context
@Requires(property = "worker.enabled", notEquals = "false")
class GenerationWorker {

    static final String QUEUE = "ai-generation";
    private static final Logger LOG = LoggerFactory.getLogger(GenerationWorker.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    /** A blocking read (at most {@link #POLL}) and a hand-back, after the shutdown grace. */
    private static final Duration HAND_BACK_WAIT = Duration.ofSeconds(3);
    private static final Duration SAMPLE_DEPTH = Duration.ofSeconds(5);

    private final JobInbox inbox;
    private final JobLocks locks;
    private final GenerateAiImageUseCase generate;
    private final RecoverPendingJobsUseCase recover;
    private final int concurrency;
    private final Duration shutdownGrace;
    private final Duration sweepEvery;
    private final String redisUrl;
    private final ExecutorService consumers;
    private final ScheduledExecutorService timer;
    private final Map<String, Delivery> running = new ConcurrentHashMap<>();
    private final PollerHealth poller;
    private final QueueOutage outage = new QueueOutage();
    private final Map<String, Counter> outcomes;
    private volatile double depth = Double.NaN;
    private volatile boolean stopping;

    GenerationWorker(JobInbox inbox, JobLocks locks, GenerateAiImageUseCase generate, RecoverPendingJobsUseCase recover,
                     CheckHealthUseCase health, PollerHealth poller,
                     WorkerProperties settings,
                     @Value("${redis.url}") String redisUrl,
                     @Nullable MeterRegistry meters) {
        CheckHealthUseCase.HealthReport report = health.check();
        if (!report.allUp()) {
            throw new IllegalStateException("The worker cannot reach what it needs: " + report.components());
        }
        this.poller = poller;
        this.inbox = inbox;
        this.locks = locks;
        this.generate = generate;
        this.recover = recover;
        this.concurrency = settings.concurrency();
        this.shutdownGrace = settings.shutdownGrace();
        MeterRegistry registry = meters == null ? new CompositeMeterRegistry() : meters; // none: metrics are off
        this.outcomes = Stream.of("succeeded", "skipped", "retried", "failed", "postponed", "error")
                .collect(Collectors.toUnmodifiableMap(Function.identity(), outcome -> Counter
                        .builder("rangoli.jobs.outcome")
                        .description("AI generation attempts finished by this worker, by outcome")
                        .tag("outcome", outcome)
                        .register(registry)));
        Gauge.builder("rangoli.queue.depth", this, worker -> worker.depth)
                .description("AI generation jobs waiting: queued now plus scheduled retries (NaN: Redis unreadable)")
                .strongReference(true)
                .register(registry);
        this.sweepEvery = settings.sweepEvery();
        this.redisUrl = redisUrl;
        this.consumers = Executors.newFixedThreadPool(this.concurrency, named("generation-consumer"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("generation-timer"));
    }

    /**
     * Takes jobs only once the whole context has started: a job taken while beans are still being created could
     * not be given back by {@link #stop()}, because a stop signal before start-up ends skips the shutdown.
     */
    @EventListener
    void onStartup(StartupEvent started) {
        for (int i = 0; i < this.concurrency; i++) {
            consumers.execute(this::consume);
        }
        timer.scheduleWithFixedDelay(this::promoteRetries, 1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::sampleDepth, 0, SAMPLE_DEPTH.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::sweep, 5_000, sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Worker connected to PostgreSQL and Redis ({}); waiting for jobs on queue {} with {} consumers",
                redisUrl.replaceAll("//[^@/]*@", "//***@"), QUEUE, this.concurrency);
    }

    private void consume() {
        while (!stopping) {
            try {
                Optional<Delivery> delivery = inbox.take(POLL);
                poller.polled();
                outage.worked();
                if (delivery.isPresent() && stopping) {
                    // a read that was waiting when the shutdown began (it may even be a job given back just now):
                    // hand it on at once, or it would wait out the visibility timeout in this dying process
                    inbox.giveBack(delivery.get());
                    LOG.info("gave {} back to the queue: taken while stopping", delivery.get().job().jobId());
                    return;
                }
                delivery.ifPresent(this::run);
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                outage.failed(e);
                sleepQuietly(POLL);
            }
        }
    }

    private void run(Delivery delivery) {
        running.put(delivery.id(), delivery);
        MDC.put("job_id", delivery.job().jobId());
        try {
            Outcome outcome = generate.generate(delivery.job());
            if (!running.containsKey(delivery.id())) {
                return; // given back during shutdown: another worker owns it now
            }
            if (outcome instanceof Outcome.Postponed postponed) {
                LOG.info("{} postponed by {} s: {}", delivery.job().jobId(), postponed.delay().toSeconds(), postponed.why());
                inbox.retryLater(delivery, delivery.job(), postponed.delay());
                count("postponed");
            } else if (outcome instanceof Outcome.RetryAfter retry) {
                LOG.info("attempt {} of {} failed ({}); retrying in {} s", delivery.job().attempt(),
                        delivery.job().jobId(), retry.reason(), retry.delay().toSeconds());
                inbox.retryLater(delivery, delivery.job().nextAttempt(), retry.delay());
                count("retried");
            } else {
                LOG.info("{} finished: {}", delivery.job().jobId(), outcome);
                inbox.complete(delivery);
                count(outcome instanceof Outcome.Done ? "succeeded"
                        : outcome instanceof Outcome.Skipped ? "skipped" : "failed");
            }
        } catch (RuntimeException e) {
            // not even an outcome: leave it unacknowledged, it is claimed again after the visibility timeout
            LOG.error("{} stopped unexpectedly; it will be delivered again", delivery.job().jobId(), e);
            count("error");
        } finally {
            running.remove(delivery.id());
            MDC.remove("job_id");
        }
    }

    private void promoteRetries() {
        try {
            inbox.promoteDueRetries();
        } catch (RuntimeException e) {
            LOG.debug("retries not promoted this time: {}", e.toString());
        }
    }

    private void count(String outcome) {
        outcomes.get(outcome).increment();
    }

    private void sampleDepth() {
        try {
            depth = inbox.depth();
        } catch (RuntimeException e) {
            depth = Double.NaN;
            LOG.debug("queue depth not read this time: {}", e.toString());
        }
    }

    private void sweep() {
        try {
            int requeued = recover.requeueOrphans(imageId -> running.values().stream()
                    .anyMatch(delivery -> delivery.job().imageId() == imageId));
            if (requeued > 0) {
                LOG.info("re-queued {} AI jobs that had been lost", requeued);
            }
        } catch (RuntimeException e) {
            LOG.warn("the sweep for lost jobs failed this time: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        poller.stopping();
        timer.shutdownNow();
        consumers.shutdown();
        if (!consumers.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
            for (Delivery unfinished : running.values()) {
                running.remove(unfinished.id());
                inbox.giveBack(unfinished);
                LOG.info("gave {} back to the queue: it did not finish within {} s", unfinished.job().jobId(),
                        shutdownGrace.toSeconds());
            }
            locks.releaseAll(); // their locks go with them, so the next worker need not wait for them to expire
            consumers.shutdownNow();
        }
        // a consumer whose blocking read returns now gives its job back: let it, before Redis is closed
        if (!consumers.awaitTermination(HAND_BACK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("a consumer did not stop within {} s", HAND_BACK_WAIT.toSeconds());
        }
        LOG.info("Worker stopped: {}", running.isEmpty() ? "no job left running" : running.size() + " jobs abandoned");
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(false);
            return thread;
        };
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
