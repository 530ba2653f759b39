package com.rangoliboutique.adapter.in.schedule;

import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Button;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The morning digest from real worker contexts on the real database, to the Bot API peer: due at DIGEST_TIME in
 * SHOP_TIME_ZONE by an injected clock, sent once a day whatever the number of workers or restarts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestIT {

    static final long OWNER = 555_000_111L;
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** Today in Kolkata, as the database's now() makes new rows today. */
    static final LocalDate TODAY = LocalDate.now(KOLKATA);
    /** 08:58 in Kolkata today. */
    static final Instant BEFORE_NINE = TODAY.atTime(8, 58).atZone(KOLKATA).toInstant();
    static final Duration QUIET = Duration.ofMillis(1500);   // 15 ticks: time enough for a second send to show

    private final TelegramPeer telegram = TelegramPeer.start();
    private final TestClock clock = new TestClock(BEFORE_NINE);
    private final List<ApplicationContext> workers = new ArrayList<>();

    /** The first context migrates the test database (Flyway is on in the test infrastructure's properties). */
    @BeforeAll
    void migrate() {
        worker(Map.of("digest.time", "off")).close();
        workers.clear();
    }

    @BeforeEach
    void emptyTables() throws Exception {
        sql("TRUNCATE products, variant_options, images, audit_log, catalog_daily_stats, digest_claims, ai_generations RESTART IDENTITY CASCADE");
        telegram.clear();
        clock.set(BEFORE_NINE);
    }

    @AfterEach
    void stopWorkers() {
        workers.forEach(ApplicationContext::close);
        workers.clear();
    }

    @AfterAll
    void stopPeer() {
        telegram.close();
    }

    @Test
    void twoWorkersAndARestartSendTheDigestOnceWithEveryDraftAndAlertAndTheirButtons() throws Exception {
        ApplicationContext first = worker(Map.of());
        ApplicationContext second = worker(Map.of());
        Products products = first.getBean(Products.class);
        Product counted = published(products, Duration.ofDays(3));
        visits(counted, TODAY.minusDays(1), 42, 3);
        visits(counted, TODAY, 99, 9);                                   // today's: not in it
        Product waiting = products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER));
        backdate(waiting, BEFORE_NINE.minus(Duration.ofDays(2)), null);
        Product stale = published(products, Duration.ofDays(45));
        visits(stale, TODAY.minusDays(3), 12, 0);

        Thread.sleep(QUIET.toMillis());
        assertTrue(telegram.calls().isEmpty(), "not before 09:00");

        clock.set(BEFORE_NINE.plus(Duration.ofMinutes(3)));            // 09:01
        List<TelegramPeer.Call> sent = telegram.awaitCalls("sendMessage", 3, Duration.ofSeconds(20));
        Thread.sleep(QUIET.toMillis());
        first.close();
        workers.remove(first);
        worker(Map.of());                                               // a restart
        Thread.sleep(QUIET.toMillis());

        sent = telegram.calls("sendMessage");
        assertEquals(3, sent.size(), () -> "sent once: " + telegram.calls("sendMessage"));
        assertEquals(OWNER, sent.get(0).chatId());
        assertEquals("☀️ Good morning! Yesterday (" + TODAY.minusDays(1).format(java.time.format.DateTimeFormatter
                .ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH)) + "):\n👀 42 views · 💬 3 WhatsApp taps\n\n"
                + "📝 1 draft is waiting for your decision for more than a day — see below.\n\n"
                + "📦 1 piece has been on sale for over 30 days with no WhatsApp tap in 14 days. Hide it, mark it sold"
                + " out, or keep it (no reminder for 30 days).", sent.get(0).param("text"));
        assertEquals("📝 Draft " + waiting.dressId() + ": Red Banarasi Silk Saree\nWaiting for 2 days.",
                sent.get(1).param("text"));
        assertEquals(List.of(
                List.of(new Button("✅ Approve", "approve:" + waiting.id()), new Button("🔄 Regenerate", "regen:" + waiting.id())),
                List.of(new Button("📷 Publish original", "pub_orig:" + waiting.id()),
                        new Button("✏️ Edit", "edit_meta:" + waiting.id())),
                List.of(new Button("🗑 Discard", "discard:" + waiting.id()))), sent.get(1).inlineKeyboard(),
                "the preview card's buttons");
        assertEquals("📦 " + stale.dressId() + ": Red Banarasi Silk Saree\nOn sale for 45 days; 12 views and no"
                + " WhatsApp tap in the last 14 days.", sent.get(2).param("text"));
        assertEquals(List.of(List.of(new Button("🙈 Hide", "st_hide:" + stale.dressId()),
                new Button("🔴 Sold out", "st_sold:" + stale.dressId()),
                new Button("👍 Keep", "st_keep:" + stale.dressId()))), sent.get(2).inlineKeyboard());
        assertEquals(List.of(TODAY), claimedDays());
        // a reply to a digest line acts on its piece: the bot remembers which piece each line is about
        PieceMessages remembered = workers.get(workers.size() - 1).getBean(PieceMessages.class);
        assertEquals(Optional.of(waiting.dressId()), remembered.pieceOf(OWNER, telegram.lastMessageId() - 1));
        assertEquals(Optional.of(stale.dressId()), remembered.pieceOf(OWNER, telegram.lastMessageId()));
    }

    @Test
    void nothingToSayIsNoMessageButTheDayIsDone() throws Exception {
        ApplicationContext worker = worker(Map.of());
        Products products = worker.getBean(Products.class);
        products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER));   // made today: not waiting
        published(products, Duration.ofDays(10));                                          // too new for an alert
        clock.set(BEFORE_NINE.plus(Duration.ofMinutes(3)));

        awaitClaim(TODAY);
        Thread.sleep(QUIET.toMillis());

        assertTrue(telegram.calls().isEmpty(), () -> "no message: " + telegram.calls());
    }

    @Test
    void aDigestThatCouldNotBeSentIsSentAtALaterTick() throws Exception {
        ApplicationContext worker = worker(Map.of());
        Product counted = published(worker.getBean(Products.class), Duration.ofDays(3));
        visits(counted, TODAY.minusDays(1), 5, 1);
        telegram.failNext("sendMessage", 500, "Internal Server Error");
        clock.set(BEFORE_NINE.plus(Duration.ofMinutes(3)));

        telegram.awaitCalls("sendMessage", 2, Duration.ofSeconds(20));
        Thread.sleep(QUIET.toMillis());

        assertEquals(2, telegram.calls("sendMessage").size(), "the failed one, then the one that got through");
        assertEquals(List.of(TODAY), claimedDays());
    }

    @Test
    void digestTimeOffSendsNothing() throws Exception {
        ApplicationContext worker = worker(Map.of("digest.time", "off"));
        Product counted = published(worker.getBean(Products.class), Duration.ofDays(45));
        visits(counted, TODAY.minusDays(1), 5, 0);
        clock.set(BEFORE_NINE.plus(Duration.ofHours(5)));

        Thread.sleep(QUIET.toMillis());

        assertTrue(telegram.calls().isEmpty());
        assertEquals(List.of(), claimedDays());
    }

    @Test
    void aMalformedDigestTimeOrZoneStopsTheWorkerAtStartNamingTheVariable() {
        RuntimeException time = assertThrows(RuntimeException.class, () -> worker(Map.of("digest.time", "9am")));
        assertTrue(chain(time).contains("DIGEST_TIME: \"9am\" is not a time of day, use 09:00 (24-hour HH:mm, in"
                + " SHOP_TIME_ZONE) or off"), chain(time));
        RuntimeException hour = assertThrows(RuntimeException.class, () -> worker(Map.of("digest.time", "25:00")));
        assertTrue(chain(hour).contains("DIGEST_TIME: \"25:00\""), chain(hour));
        RuntimeException zone = assertThrows(RuntimeException.class,
                () -> worker(Map.of("digest.time-zone", "India/Mumbai")));
        assertTrue(chain(zone).contains("SHOP_TIME_ZONE: \"India/Mumbai\" is not a time zone"), chain(zone));
    }

    // ---- helpers

    private ApplicationContext worker(Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>(TestInfrastructure.properties());
        p.put("micronaut.server.port", -1);
        p.put("telegram.bot-token", telegram.token());
        p.put("telegram.api-url", telegram.baseUrl());
        p.put("telegram.admin-ids", String.valueOf(OWNER));
        try {
            p.put("storage.dir", Files.createTempDirectory("digest-storage").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.put("digest.tick-every", "100ms");
        p.putAll(extra);
        ApplicationContext context = ApplicationContext.builder().properties(p).environments("test")
                .singletons(clock).start();
        workers.add(context);
        return context;
    }

    private Product published(Products products, Duration ago) throws Exception {
        Product p = products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER));
        p.publish();
        products.update(p);
        Instant at = BEFORE_NINE.minus(ago);
        backdate(p, at.minus(Duration.ofDays(1)), at);
        return p;
    }

    private static void visits(Product product, LocalDate day, int views, int taps) throws Exception {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO piece_daily_stats (product_id, day, views, taps) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, product.id());
            s.setObject(2, day);
            s.setInt(3, views);
            s.setInt(4, taps);
            s.executeUpdate();
        }
    }

    private static void backdate(Product product, Instant createdAt, Instant publishedAt) throws Exception {
        try (Connection c = TestInfrastructure.connect();
             PreparedStatement s = c.prepareStatement("UPDATE products SET created_at = ?, published_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(createdAt));
            s.setTimestamp(2, publishedAt == null ? null : Timestamp.from(publishedAt));
            s.setLong(3, product.id());
            s.executeUpdate();
        }
    }

    private static List<LocalDate> claimedDays() throws Exception {
        List<LocalDate> days = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT day FROM digest_claims ORDER BY day")) {
            while (rs.next()) {
                days.add(rs.getDate(1).toLocalDate());
            }
        }
        return days;
    }

    private static void awaitClaim(LocalDate day) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!claimedDays().contains(day)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the digest of " + day + " was never claimed");
            }
            Thread.sleep(50);
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String chain(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        return messages.toString();
    }

    /** A clock the test sets; both workers of a test read the same one. */
    static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
