package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.in.queue.WorkerFixture.Draft;
import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.JobQueue;
import com.rangoliboutique.domain.image.ImageStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.RedisClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each generation used, written by the real worker to PostgreSQL's {@code ai_generations} from the Gemini
 * peer's answer ({@code usageMetadata}), failed and refused calls included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenerationUsageIT {

    private static final Duration DONE = Duration.ofSeconds(30);
    /** The peer answers after this long, so the call's time is at least that. */
    private static final Duration ANSWER_TAKES = Duration.ofMillis(150);

    private final WorkerFixture fixture = new WorkerFixture();
    private EmbeddedServer worker;
    private ApplicationContext context;
    private Images images;
    private JobQueue queue;

    @BeforeAll
    void startWorker() {
        worker = ApplicationContext.run(EmbeddedServer.class, fixture.properties(), "test");
        context = worker.getApplicationContext();
        images = context.getBean(Images.class);
        queue = context.getBean(JobQueue.class);
    }

    @AfterAll
    void stop() {
        worker.close();
        fixture.close();
    }

    @BeforeEach
    void reset() throws SQLException {
        fixture.telegram.clear();
        context.getBean(RedisClient.class).flushDB();
        // other classes on this database restart the image ids (TRUNCATE … RESTART IDENTITY): their calls' rows would
        // be read as this image's
        try (Connection c = TestInfrastructure.connect(); var s = c.createStatement()) {
            s.execute("TRUNCATE ai_generations");
        }
    }

    @Test
    void aPhotoMadeIsRecordedWithTheModelPromptStyleLatencyAndTheTokensOfTheAnswer() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.imageWithUsage(WorkerFixture.modelPhotoPng(), "image/png",
                1_317, 1_290, 41, 2_648).after(ANSWER_TAKES));
        Draft draft = WorkerFixture.draft(context);

        queue.enqueue(draft.job());

        await("the image READY", DONE, () -> status(draft) == ImageStatus.READY);
        Map<String, Object> row = onlyRow(draft);
        assertEquals((long) draft.product().id(), row.get("product_id"));
        assertEquals(1, row.get("version"));
        assertEquals(1, row.get("attempt"));
        assertEquals("gemini-2.5-flash-image", row.get("model"));
        assertEquals("studio-v1", row.get("prompt_version"));
        assertEquals("studio", row.get("style"));
        assertTrue((long) row.get("latency_ms") >= ANSWER_TAKES.toMillis(), "the call's time: " + row);
        assertEquals(1_317, row.get("prompt_tokens"));
        assertEquals(1_290, row.get("output_tokens"));
        assertEquals(2_648, row.get("total_tokens"));
        assertEquals("READY", row.get("outcome"));
        assertEquals(true, row.get("billed"));
        assertNotNull(row.get("started_at"));
    }

    @Test
    void aSafetyRefusalIsRecordedAsRefusedAndNotBilled() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.promptBlocked("SAFETY"));
        Draft draft = WorkerFixture.draft(context);

        queue.enqueue(draft.job());

        await("the image FAILED", DONE, () -> status(draft) == ImageStatus.FAILED);
        await("its call written", DONE, () -> !rows(draft).isEmpty());
        Map<String, Object> row = onlyRow(draft);
        assertEquals("REFUSED", row.get("outcome"));
        assertEquals(false, row.get("billed"));
        assertEquals("gemini-2.5-flash-image", row.get("model"));
        assertNull(row.get("total_tokens"), "the peer's refusal reports no usage");
    }

    @Test
    void everyFailedAttemptIsRecorded() throws Exception {
        fixture.gemini.alwaysReply(GeminiPeer.error(500, "INTERNAL", "the model is overloaded"));
        Draft draft = WorkerFixture.draft(context);

        queue.enqueue(draft.job());

        await("the image FAILED", DONE, () -> status(draft) == ImageStatus.FAILED);
        await("the four attempts written", DONE, () -> rows(draft).size() == 4);
        List<Map<String, Object>> rows = rows(draft);
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(r -> r.get("attempt")).toList());
        assertTrue(rows.stream().allMatch(r -> "FAILED".equals(r.get("outcome")) && Boolean.FALSE.equals(r.get("billed"))),
                rows::toString);
    }

    private ImageStatus status(Draft draft) {
        return images.byId(draft.ai().id()).orElseThrow().status();
    }

    private Map<String, Object> onlyRow(Draft draft) throws SQLException {
        List<Map<String, Object>> rows = rows(draft);
        assertEquals(1, rows.size(), rows::toString);
        return rows.get(0);
    }

    private static List<Map<String, Object>> rows(Draft draft) {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("SELECT product_id::bigint, version, attempt, model,"
                     + " prompt_version, style, started_at, latency_ms, prompt_tokens, output_tokens, total_tokens,"
                     + " outcome, billed FROM ai_generations WHERE image_id = ? ORDER BY attempt")) {
            s.setLong(1, draft.ai().id());
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
