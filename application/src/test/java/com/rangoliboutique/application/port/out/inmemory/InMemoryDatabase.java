package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ChannelPosts;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.Rendition;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.settings.SettingKey;
import com.rangoliboutique.domain.settings.ShopSettings;

import com.rangoliboutique.application.port.out.DigestClaims;
import com.rangoliboutique.application.port.out.StockAlertSilences;
import com.rangoliboutique.application.port.out.StockReads;
import com.rangoliboutique.application.port.out.VisitStats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The shop's tables in memory, behind the same out-ports the PostgreSQL adapters implement — and proven to behave
 * like them by the contract tests ({@code ProductsContract}, {@code ImagesContract}, …), which run against both.
 * <p>
 * What it keeps from the database:
 * <ul>
 *     <li>Rows are values: a {@link Product} or {@link Image} read is a copy, so changing it changes nothing stored
 *     until {@code update} is called.</li>
 *     <li>Keys and references: dress ids and (product, type, version) are unique; images, renditions and audit
 *     entries must point at a stored row; deleting a product deletes its images and renditions and leaves its audit
 *     entries without a product ({@code ON DELETE CASCADE} / {@code SET NULL}); its bot messages go with it.</li>
 *     <li>Transactions are real: {@link #transactions()} snapshots every table and puts the snapshot back when the
 *     work throws (or the commit {@link #failNextCommit fails}). Sequences are not rolled back, as in PostgreSQL.
 *     One transaction runs at a time; a statement outside a transaction waits for it and commits by itself.</li>
 * </ul>
 * Time comes from the {@link Clock} (the database's {@code now()}).
 */
public final class InMemoryDatabase {

    final ReentrantLock lock = new ReentrantLock();
    final Clock clock;

    final AtomicLong dressNumbers = new AtomicLong(1000);
    final AtomicLong productIds = new AtomicLong();
    final AtomicLong imageIds = new AtomicLong();
    final AtomicLong auditIds = new AtomicLong();
    final AtomicLong promotionIds = new AtomicLong();

    Tables tables = new Tables();

    private Thread transactionOwner;
    private RuntimeException nextCommitFailure;

    private final InMemoryProducts products = new InMemoryProducts(this);
    private final InMemoryImages images = new InMemoryImages(this);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog(this);
    private final InMemorySettings settings = new InMemorySettings(this);
    private final InMemoryProductSearch productSearch = new InMemoryProductSearch(this);
    private final InMemoryPieceMessages pieceMessages = new InMemoryPieceMessages(this);
    private final Transactions transactions = this::inTransaction;
    private final InMemoryPromotions promotions = new InMemoryPromotions(this);
    private final InMemoryChannelPosts channelPosts = new InMemoryChannelPosts(this);
    private final InMemoryVisitStats visitStats = new InMemoryVisitStats(this);
    private final InMemoryGenerationLog generationLog = new InMemoryGenerationLog(this);
    private final InMemoryStockReads stockReads = new InMemoryStockReads(this);
    private final StockAlertSilences silences = (productId, until) -> write(() -> {
        if (!products.exists(productId)) {
            throw new IllegalStateException("foreign key: no product " + productId);
        }
        tables.silences.put(productId, until);
    });
    private final DigestClaims digestClaims = new DigestClaims() {
        @Override
        public boolean claim(LocalDate day) {
            return read(() -> tables.digestClaims.add(day));
        }

        @Override
        public void release(LocalDate day) {
            write(() -> tables.digestClaims.remove(day));
        }
    };

    public InMemoryDatabase() {
        this(Clock.systemUTC());
    }

    public InMemoryDatabase(Clock clock) {
        this.clock = clock;
    }

    public Products products() {
        return products;
    }

    public Images images() {
        return images;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public Settings settings() {
        return settings;
    }

    public Transactions transactions() {
        return transactions;
    }

    public ProductSearch productSearch() {
        return productSearch;
    }

    public PieceMessages pieceMessages() {
        return pieceMessages;
    }

    public VisitStats visitStats() {
        return visitStats;
    }

    public StockReads stockReads() {
        return stockReads;
    }

    public InMemoryGenerationLog generationLog() {
        return generationLog;
    }

    public StockAlertSilences stockAlertSilences() {
        return silences;
    }

    public DigestClaims digestClaims() {
        return digestClaims;
    }

    public InMemoryPromotions promotions() {
        return promotions;
    }

    public ChannelPosts channelPosts() {
        return channelPosts;
    }

    /** Adds a day's counts for a piece, as the web side's counting does (a row of {@code piece_daily_stats}). */
    public void recordVisits(long productId, LocalDate day, int views, int taps, int similarTaps) {
        write(() -> {
            if (!products.exists(productId)) {
                throw new IllegalStateException("foreign key: no product " + productId);
            }
            tables.pieceDays.merge(new PieceDay(productId, day), new int[] {views, taps, similarTaps},
                    (a, b) -> new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        });
    }

    /** Adds a day's catalog page views (a row of {@code catalog_daily_stats}). */
    public void recordCatalogViews(LocalDate day, int views) {
        write(() -> tables.catalogDays.merge(day, views, Integer::sum));
    }

    /** Moves when a product was made and first published (null: never), as a test moving time back would. */
    public void backdate(long productId, Instant createdAt, Instant publishedAt) {
        write(() -> {
            Product p = tables.products.get(productId);
            tables.products.put(productId, Product.restore(p.id(), p.dressId(), p.details(),
                    p.salePrice().orElse(null), p.status(), p.telegramChatId(), p.telegramMessageId(), createdAt,
                    p.updatedAt()));
            if (publishedAt == null) {
                tables.publishedAt.remove(productId);
            } else {
                tables.publishedAt.put(productId, publishedAt);
            }
        });
    }

    /** The next commit fails with {@code failure} (as when the connection drops at COMMIT): its work is rolled back. */
    public void failNextCommit(RuntimeException failure) {
        nextCommitFailure = failure;
    }

    /** Every row of every table, for tests that check nothing was left behind. */
    public int rowCount() {
        return read(() -> tables.products.size() + tables.images.size() + tables.audit.size() + tables.botMessages.size()
                + tables.renditions.values().stream().mapToInt(List::size).sum());
    }

    boolean inTransactionOnThisThread() {
        return transactionOwner == Thread.currentThread();
    }

    /** One statement: atomic by itself, and it waits while another thread's transaction runs. */
    <T> T read(Supplier<T> statement) {
        lock.lock();
        try {
            return statement.get();
        } finally {
            lock.unlock();
        }
    }

    void write(Runnable statement) {
        read(() -> {
            statement.run();
            return null;
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (inTransactionOnThisThread()) {
                return work.get(); // joins the surrounding transaction, as Micronaut's REQUIRED does
            }
            Tables before = tables.copy();
            transactionOwner = Thread.currentThread();
            try {
                T result = work.get();
                RuntimeException commitFailure = nextCommitFailure;
                nextCommitFailure = null;
                if (commitFailure != null) {
                    throw commitFailure;
                }
                return result;
            } catch (RuntimeException | Error e) {
                tables = before;
                throw e;
            } finally {
                transactionOwner = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The rows; every value in them is immutable or a private copy, so a shallow copy is a snapshot. */
    static final class Tables {
        Map<Long, Product> products = new LinkedHashMap<>();
        Map<Long, Image> images = new LinkedHashMap<>();
        Map<Long, List<Rendition>> renditions = new LinkedHashMap<>();
        List<AuditLogRow> audit = new ArrayList<>();
        ShopSettings settings = ShopSettings.DEFAULTS;
        /** The settings written so far (the rate and the number are seeded by the schema, the identity is not). */
        Set<SettingKey> storedSettings = EnumSet.of(SettingKey.USD_FX_RATE, SettingKey.WHATSAPP_NUMBER);
        /** {@code bot_messages}: "chatId:messageId" → the product and when the row was written. */
        Map<String, BotMessageRow> botMessages = new LinkedHashMap<>();
        /** products.published_at: set the first time a product leaves DRAFT (the database's trigger). */
        Map<Long, Instant> publishedAt = new HashMap<>();
        Map<PieceDay, int[]> pieceDays = new HashMap<>();
        Map<LocalDate, Integer> catalogDays = new HashMap<>();
        Map<Long, Instant> silences = new HashMap<>();
        Set<LocalDate> digestClaims = new HashSet<>();
        List<InMemoryPromotions.Row> promotions = new ArrayList<>();
        Map<Long, ChannelPosts.Post> channelPosts = new HashMap<>();
        /** {@code ai_generations}: no foreign key, a discarded draft's calls stay. */
        List<com.rangoliboutique.application.port.out.GenerationLog.Generation> generations = new ArrayList<>();

        Tables copy() {
            Tables copy = new Tables();
            copy.products = new LinkedHashMap<>(products);
            copy.images = new LinkedHashMap<>(images);
            copy.renditions = new LinkedHashMap<>(renditions);
            copy.audit = new ArrayList<>(audit);
            copy.settings = settings;
            copy.storedSettings = EnumSet.copyOf(storedSettings);
            copy.botMessages = new LinkedHashMap<>(botMessages);
            copy.publishedAt = new HashMap<>(publishedAt);
            copy.pieceDays = new HashMap<>(pieceDays);
            copy.catalogDays = new HashMap<>(catalogDays);
            copy.silences = new HashMap<>(silences);
            copy.digestClaims = new HashSet<>(digestClaims);
            copy.promotions = new ArrayList<>(promotions);
            copy.channelPosts = new HashMap<>(channelPosts);
            copy.generations = new ArrayList<>(generations);
            return copy;
        }
    }

    record AuditLogRow(long id, AuditEntry entry) {
    }

    record BotMessageRow(long productId, java.time.Instant writtenAt) {
    }

    record PieceDay(long productId, LocalDate day) {
    }
}
