package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.application.port.out.JobInbox;
import com.rangoliboutique.application.port.out.JobQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@code ai-generation} queue on a Redis Stream with a consumer group: at-least-once. A delivered job stays in the
 * group's pending list until acknowledged; a worker that dies leaves it there and another claims it after the
 * visibility timeout. Each job id ({@code ai_gen_{image_id}}) has a "live" marker from enqueue to completion, so the
 * same job enqueued twice runs once. Retries wait in a sorted set until their time comes.
 * <p>
 * Counts the jobs it queues ({@code rangoli.jobs.enqueued}; a job already queued or running is not counted again).
 */
@Singleton
class JobQueueRedisAdapter implements JobQueue, JobInbox {

    static final String STREAM = "ai-generation";
    static final String GROUP = "ai-workers";
    static final String SCHEDULED = "ai-generation:scheduled";
    static final String LIVE = "ai-generation:live:";
    private static final String FIELD = "job";
    private static final long LIVE_TTL_SECONDS = Duration.ofDays(1).toSeconds();
    private static final long MAX_BLOCK_MILLIS = 1000; // below the client's socket timeout
    private static final Logger LOG = LoggerFactory.getLogger(JobQueueRedisAdapter.class);

    private static final String ENQUEUE = """
            if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) then
              redis.call('XADD', KEYS[1], '*', 'job', ARGV[1])
              return 1
            end
            return 0""";
    private static final String COMPLETE = """
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            redis.call('DEL', KEYS[2])
            return 1""";
    private static final String RETRY_LATER = """
            redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            redis.call('SET', KEYS[2], '1', 'EX', ARGV[5])
            return 1""";
    private static final String GIVE_BACK = """
            redis.call('XADD', KEYS[1], '*', 'job', ARGV[3])
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            return 1""";
    private static final String PROMOTE = """
            local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, 100)
            for _, job in ipairs(due) do
              redis.call('ZREM', KEYS[2], job)
              redis.call('XADD', KEYS[1], '*', 'job', job)
            end
            return #due""";

    private final RedisClient redis;
    private final JobPayload payload;
    private final long visibilityMillis;
    private final Counter enqueued;
    private final String consumer = "worker-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();

    JobQueueRedisAdapter(RedisClient redis, JobPayload payload,
                  QueueProperties settings,
                  @Nullable MeterRegistry meters) {
        this.redis = redis;
        this.payload = payload;
        this.visibilityMillis = settings.visibilityTimeout().toMillis();
        this.enqueued = Counter.builder("rangoli.jobs.enqueued")
                .description("AI generation jobs put on the queue (a job already queued or running is not counted)")
                .register(meters == null ? new CompositeMeterRegistry() : meters); // none: a context without metrics
    }

    @Override
    public void enqueue(GenerationJob job) {
        try {
            Object added = redis.eval(ENQUEUE, List.of(STREAM, LIVE + job.jobId()),
                    List.of(payload.write(job), String.valueOf(LIVE_TTL_SECONDS)));
            if (Long.valueOf(0).equals(added)) {
                LOG.info("job {} is already queued or running; not queued twice", job.jobId());
            } else {
                enqueued.increment();
            }
        } catch (JedisException e) {
            throw new QueueUnavailableException("the job queue (Redis) is unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Delivery> take(Duration wait) {
        return withGroup(() -> {
            Map.Entry<StreamEntryID, List<StreamEntry>> claimed = redis.xautoclaim(STREAM, GROUP, consumer,
                    visibilityMillis, new StreamEntryID(0, 0), XAutoClaimParams.xAutoClaimParams().count(1));
            Optional<Delivery> stale = first(claimed.getValue());
            if (stale.isPresent()) {
                LOG.warn("claimed job {} that another worker left unfinished", stale.get().job().jobId());
                return stale;
            }
            List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(GROUP, consumer,
                    XReadGroupParams.xReadGroupParams().count(1).block((int) Math.min(wait.toMillis(), MAX_BLOCK_MILLIS)),
                    Map.of(STREAM, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            return read == null || read.isEmpty() ? Optional.empty() : first(read.get(0).getValue());
        });
    }

    @Override
    public void complete(Delivery delivery) {
        redis.eval(COMPLETE, List.of(STREAM, LIVE + delivery.job().jobId()), List.of(GROUP, delivery.id()));
    }

    @Override
    public void retryLater(Delivery delivery, GenerationJob next, Duration delay) {
        long dueAt = System.currentTimeMillis() + delay.toMillis();
        redis.eval(RETRY_LATER, List.of(STREAM, LIVE + next.jobId(), SCHEDULED), List.of(GROUP, delivery.id(),
                String.valueOf(dueAt), payload.write(next), String.valueOf(LIVE_TTL_SECONDS)));
    }

    @Override
    public void giveBack(Delivery delivery) {
        redis.eval(GIVE_BACK, List.of(STREAM), List.of(GROUP, delivery.id(), payload.write(delivery.job())));
    }

    @Override
    public int promoteDueRetries() {
        Object moved = redis.eval(PROMOTE, List.of(STREAM, SCHEDULED), List.of(String.valueOf(System.currentTimeMillis())));
        return ((Number) moved).intValue();
    }

    @Override
    public boolean isLive(long imageId) {
        return redis.exists(LIVE + "ai_gen_" + imageId);
    }

    @Override
    public long depth() {
        return redis.xlen(STREAM) + redis.zcard(SCHEDULED);
    }

    private Optional<Delivery> first(List<StreamEntry> entries) {
        for (StreamEntry entry : entries == null ? List.<StreamEntry>of() : entries) {
            String id = entry.getID().toString();
            String job = entry.getFields() == null ? null : entry.getFields().get(FIELD);
            if (job == null) {
                // deleted while pending (a retry or give-back raced with a crash): nothing left to run
                redis.xack(STREAM, GROUP, entry.getID());
                continue;
            }
            try {
                return Optional.of(new Delivery(id, payload.read(job)));
            } catch (IllegalArgumentException e) {
                LOG.error("dropping an unreadable job {}: {}", id, job);
                redis.xack(STREAM, GROUP, entry.getID());
                redis.xdel(STREAM, entry.getID());
            }
        }
        return Optional.empty();
    }

    /** Runs a group command, creating the stream and group first when Redis has none (new, or restarted empty). */
    private <T> T withGroup(Supplier<T> command) {
        try {
            return command.get();
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().contains("NOGROUP")) {
                throw e;
            }
            try {
                redis.xgroupCreate(STREAM, GROUP, new StreamEntryID(0, 0), true);
            } catch (JedisDataException busy) {
                if (busy.getMessage() == null || !busy.getMessage().contains("BUSYGROUP")) {
                    throw busy;
                }
            }
            return command.get();
        }
    }
}
