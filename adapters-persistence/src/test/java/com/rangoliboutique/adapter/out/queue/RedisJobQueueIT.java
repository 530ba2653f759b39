package com.rangoliboutique.adapter.out.queue;

import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.application.port.out.JobInbox.Delivery;
import com.rangoliboutique.application.port.out.JobLocks;
import com.rangoliboutique.application.port.out.JobQueue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The queue's promises on a real Redis: at-least-once, no duplicates, delayed retries, recovery after a crash. */
class RedisJobQueueIT {

    private static final Duration WAIT = Duration.ofMillis(200);
    private static final GenerationJob JOB = new GenerationJob(42, 17, "originals/D-1042/v1.jpg", 1, 1);

    private RedisClient redis;
    private JobQueueRedisAdapter queue;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void emptyRedis() {
        redis = RedisClient.create(URI.create(TestInfrastructure.redisUrl()));
        redis.flushDB();
        queue = queue(Duration.ofMinutes(10));
    }

    @AfterEach
    void close() {
        redis.close();
    }

    private JobQueueRedisAdapter queue(Duration visibility) {
        return new JobQueueRedisAdapter(redis, new JobPayload(JsonMapper.createDefault()), new QueueProperties(visibility), meters);
    }

    @Test
    void aQueuedJobIsDeliveredWithItsPayloadAndLeavesWhenCompleted() {
        queue.enqueue(JOB);
        assertTrue(queue.isLive(17));
        assertEquals(1, queue.depth());

        Delivery delivery = queue.take(WAIT).orElseThrow();
        assertEquals(JOB, delivery.job());
        queue.complete(delivery);

        assertFalse(queue.isLive(17));
        assertEquals(0, queue.depth());
        assertTrue(queue.take(WAIT).isEmpty());
    }

    @Test
    void thePayloadUsesTheSpecFieldNames() {
        queue.enqueue(JOB);
        String stored = redis.xrange(JobQueueRedisAdapter.STREAM, (redis.clients.jedis.StreamEntryID) null, null).get(0)
                .getFields().get("job");
        assertEquals("{\"product_id\":42,\"image_id\":17,\"original_image_key\":\"originals/D-1042/v1.jpg\","
                + "\"version\":1,\"attempt\":1,\"style\":\"STUDIO\"}", stored);
    }

    @Test
    void aJobCarriesItsLookAndOneQueuedWithoutALookIsAStudioJob() {
        JobPayload payload = new JobPayload(JsonMapper.createDefault());
        GenerationJob backView = new GenerationJob(42, 18, "originals/D-1042/v1.jpg", 2, 1, AiStyle.BACK_VIEW);

        assertEquals(backView, payload.read(payload.write(backView)));
        assertEquals(AiStyle.BACK_VIEW, payload.read(payload.write(backView)).nextAttempt().style());
        assertEquals(AiStyle.STUDIO, payload.read("{\"product_id\":42,\"image_id\":17,"
                + "\"original_image_key\":\"originals/D-1042/v1.jpg\",\"version\":1,\"attempt\":1}").style(),
                "queued by a web app older than styles");
    }

    @Test
    void theSameJobEnqueuedTwiceRunsOnce() {
        double before = meters.counter("rangoli.jobs.enqueued").count();
        queue.enqueue(JOB);
        queue.enqueue(JOB);
        queue.enqueue(new GenerationJob(42, 17, "originals/D-1042/v1.jpg", 1, 1));

        assertTrue(queue.take(WAIT).isPresent());
        assertTrue(queue.take(WAIT).isEmpty());
        assertEquals(1, meters.counter("rangoli.jobs.enqueued").count() - before, "counted once");
    }

    @Test
    void aJobTheDeadWorkerNeverAcknowledgedIsClaimedAgainAfterTheVisibilityTimeout() throws Exception {
        JobQueueRedisAdapter crashed = queue(Duration.ofMillis(300));
        JobQueueRedisAdapter survivor = queue(Duration.ofMillis(300));
        crashed.enqueue(JOB);
        Delivery lost = crashed.take(WAIT).orElseThrow(); // the worker dies here: no complete, no give-back

        assertTrue(survivor.take(WAIT).isEmpty(), "not before the timeout");
        Thread.sleep(400);
        Delivery again = survivor.take(WAIT).orElseThrow();

        assertEquals(lost.job(), again.job());
        survivor.complete(again);
        assertTrue(survivor.take(WAIT).isEmpty());
    }

    @Test
    void aRetryWaitsForItsDelayThenComesBackAsTheNextAttempt() throws Exception {
        queue.enqueue(JOB);
        Delivery first = queue.take(WAIT).orElseThrow();
        queue.retryLater(first, first.job().nextAttempt(), Duration.ofMillis(500));

        assertEquals(0, queue.promoteDueRetries());
        assertTrue(queue.take(WAIT).isEmpty());
        assertTrue(queue.isLive(17), "a scheduled retry is a live job: the sweeper leaves it alone");
        assertEquals(1, queue.depth());

        Thread.sleep(600);
        assertEquals(1, queue.promoteDueRetries());
        Delivery second = queue.take(WAIT).orElseThrow();
        assertEquals(2, second.job().attempt());
    }

    @Test
    void aJobGivenBackOnShutdownIsDeliveredAgainAtOnce() {
        queue.enqueue(JOB);
        Delivery delivery = queue.take(WAIT).orElseThrow();
        queue.giveBack(delivery);

        assertEquals(JOB, queue.take(WAIT).orElseThrow().job());
    }

    @Test
    void aRedisThatLostEverythingIsUsableAgain() {
        queue.enqueue(JOB);
        queue.take(WAIT).orElseThrow();
        redis.flushDB(); // everything the queue keeps is in this database; other databases of the server are not ours

        assertEquals(0, redis.dbSize(), "the stream, its group and the live marker are gone");

        assertTrue(queue.take(WAIT).isEmpty());
        queue.enqueue(JOB);
        assertEquals(JOB, queue.take(WAIT).orElseThrow().job());
    }

    @Test
    void anUnreachableRedisIsReportedAsQueueUnavailable() throws Exception {
        try (RedisClient nowhere = RedisClient.create("127.0.0.1", TestInfrastructure.freePort())) {
            JobQueueRedisAdapter down = new JobQueueRedisAdapter(nowhere, new JobPayload(JsonMapper.createDefault()), new QueueProperties(Duration.ofMinutes(1)),
                    null);
            assertThrows(JobQueue.QueueUnavailableException.class, () -> down.enqueue(JOB));
        }
    }

    @Test
    void aLockIsExclusiveAndOnlyItsHolderReleasesIt() throws Exception {
        JobLocksRedisAdapter locks = new JobLocksRedisAdapter(redis);
        Optional<JobLocks.Lock> first = locks.tryLock("ai_gen:17", Duration.ofMillis(300));
        assertTrue(first.isPresent());
        assertTrue(locks.tryLock("ai_gen:17", Duration.ofMinutes(1)).isEmpty());

        Thread.sleep(400); // expired: someone else takes it
        JobLocks.Lock second = locks.tryLock("ai_gen:17", Duration.ofMinutes(1)).orElseThrow();
        first.get().close(); // the late first holder must not free the second one's lock
        assertTrue(locks.tryLock("ai_gen:17", Duration.ofMinutes(1)).isEmpty());

        second.close();
        assertTrue(locks.tryLock("ai_gen:17", Duration.ofMinutes(1)).isPresent());
    }

    @Test
    void releaseAllFreesTheLocksThisProcessHoldsAndNoOneElses() {
        JobLocksRedisAdapter mine = new JobLocksRedisAdapter(redis);
        JobLocksRedisAdapter theirs = new JobLocksRedisAdapter(redis);
        mine.tryLock("ai_gen:1", Duration.ofMinutes(10)).orElseThrow();
        mine.tryLock("ai_gen:2", Duration.ofMinutes(10)).orElseThrow();
        theirs.tryLock("ai_gen:3", Duration.ofMinutes(10)).orElseThrow();

        mine.releaseAll();

        assertTrue(theirs.tryLock("ai_gen:1", Duration.ofMinutes(1)).isPresent());
        assertTrue(theirs.tryLock("ai_gen:2", Duration.ofMinutes(1)).isPresent());
        assertTrue(mine.tryLock("ai_gen:3", Duration.ofMinutes(1)).isEmpty());
    }
}
