package com.rangoliboutique.adapter.in.queue;

import com.google.gson.JsonObject;
import com.rangoliboutique.adapter.in.queue.WorkerFixture.Draft;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Button;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.ChannelRights;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.ChannelPosts;
import com.rangoliboutique.application.port.out.ImageResizer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.application.service.ChangeProductStatusService;
import com.rangoliboutique.application.service.PublishOriginalOnlyService;
import com.rangoliboutique.application.service.SetSalePriceService;
import com.rangoliboutique.domain.catalog.VariantSelection;
import com.rangoliboutique.domain.catalog.WhatsAppOrder;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.settings.ShopSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop's Telegram channel kept in step by the real worker from the promotion outbox, on PostgreSQL, through the
 * Bot API peer (the real pengrad adapter): post, sold-out edit, back on sale, delete, and a failing channel retried
 * while the owner's action went through at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelPromotionIT {

    private static final Duration DONE = Duration.ofSeconds(20);
    private static final long CHANNEL = -1_001_234_567_890L;
    private static final String SHOP = "https://rangoli.example";
    private static final long OWNER = WorkerFixture.OWNER_CHAT;

    private final WorkerFixture fixture = new WorkerFixture();
    private final TelegramPeer telegram = fixture.telegram;
    private EmbeddedServer worker;
    private ApplicationContext context;
    private Products products;
    private ChannelPosts posts;
    private PublishOriginalOnlyService publish;
    private ChangeProductStatusService status;
    private SetSalePriceService sale;
    private com.rangoliboutique.application.service.DiscardDraftService discard;
    private com.rangoliboutique.application.service.UpdateShopSettingsService shopSettings;

    @BeforeAll
    void startWorker() {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(fixture.properties());
        properties.put("telegram.channel-id", "@rangoli_new");
        properties.put("shop.url", SHOP + "/");
        properties.put("promotion.retry-delays", "300ms");
        properties.put("promotion.poll-every", "100ms");
        worker = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        context = worker.getApplicationContext();
        products = context.getBean(Products.class);
        posts = context.getBean(ChannelPosts.class);
        Promotions promotions = context.getBean(Promotions.class);
        AuditLog audit = context.getBean(AuditLog.class);
        Transactions transactions = context.getBean(Transactions.class);
        // the owner's use cases as the web app wires them, on the worker's beans (the same database)
        publish = new PublishOriginalOnlyService(products, context.getBean(Images.class),
                context.getBean(ImageStore.class), context.getBean(ImageResizer.class),
                com.rangoliboutique.application.port.out.WebpEncoder.NONE, audit, transactions, promotions);
        status = new ChangeProductStatusService(products, audit, transactions, promotions);
        sale = new SetSalePriceService(products, audit, transactions, promotions);
        discard = new com.rangoliboutique.application.service.DiscardDraftService(products,
                context.getBean(ImageStore.class), audit, transactions, promotions);
        shopSettings = new com.rangoliboutique.application.service.UpdateShopSettingsService(
                context.getBean(com.rangoliboutique.application.port.out.Settings.class), audit, transactions,
                promotions);
    }

    @AfterAll
    void stop() {
        worker.close();
        fixture.close();
    }

    @BeforeEach
    void reset() throws Exception {
        // the last test's rows (a setting put back, a retry) are handled first: product ids start again at 1
        await("the worker idle", DONE, () -> openRows() == 0);
        sql("TRUNCATE products, variant_options, images, audit_log, promotions, channel_posts, ai_generations RESTART IDENTITY CASCADE");
        telegram.clear();
        telegram.addChannel(CHANNEL, "rangoli_new", "Rangoli New Arrivals", ChannelRights.ADMIN);
    }

    @Test
    void aPublishedPieceIsPostedThenSoldOutThenBackOnSaleThenDeletedWhenHidden() throws Exception {
        Draft draft = WorkerFixture.draft(context);

        Product published = publish.publishOriginalOnly(OWNER, draft.product().id());

        TelegramPeer.Call sent = channelCalls("sendPhoto", 1).get(0);
        assertArrayEquals(draft.garment(), sent.file("photo"), "the photo is uploaded as bytes");
        String dress = published.dressId().value();
        assertEquals("Red Banarasi Silk Saree\n₹12,500\nDress ID: " + dress, sent.param("caption"));
        assertEquals(List.of(List.of(new Button("💬 Order on WhatsApp", null, order(published, false))),
                List.of(new Button("🔗 See it in the shop", null, SHOP + "/d/" + dress))), sent.inlineKeyboard());
        int post = posted().get("message_id").getAsInt();
        await("the post id kept", DONE, () -> posts.of(published.id()).isPresent());
        assertEquals(post, posts.of(published.id()).orElseThrow().messageId());

        change(published, ProductAction.MARK_SOLD_OUT);
        channelCalls("editMessageCaption", 1);
        await("SOLD OUT", DONE, () -> caption().startsWith("SOLD OUT\n"));
        assertEquals("SOLD OUT\nRed Banarasi Silk Saree\n₹12,500\nDress ID: " + dress, caption());
        assertEquals(new Button("💬 Ask about a similar piece", null, order(published, true)), orderButton());

        change(published, ProductAction.UNHIDE);
        channelCalls("editMessageCaption", 2);
        await("back on sale", DONE, () -> !caption().startsWith("SOLD OUT"));
        assertEquals(new Button("💬 Order on WhatsApp", null, order(published, false)), orderButton());

        sale.setSalePrice(SetSalePriceCommand.putOnSale(OWNER, published.dressId(), Price.ofRupees(9_999)));
        channelCalls("editMessageCaption", 3);
        await("the sale price", DONE, () -> caption().contains("₹9,999 (was ₹12,500)"));

        change(published, ProductAction.HIDE);
        channelCalls("deleteMessage", 1);
        await("the post deleted and forgotten", DONE,
                () -> telegram.channelPosts(CHANNEL).isEmpty() && posts.of(published.id()).isEmpty());
        await("every row done", DONE, () -> openRows() == 0);
        assertEquals(1, telegram.calls("sendPhoto").stream().filter(this::toChannel).count(), "posted once");
        assertEquals(post, Integer.parseInt(channelCalls("deleteMessage", 1).get(0).param("message_id")));
    }

    @Test
    void aFailingChannelIsRetriedByTheWorkerWhileTheOwnersPublishWentThroughAtOnce() throws Exception {
        telegram.failNext("sendPhoto", 502, "Bad Gateway");
        telegram.failNext("sendPhoto", 429, "Too Many Requests: retry after 1");
        Draft draft = WorkerFixture.draft(context);

        Product published = publish.publishOriginalOnly(OWNER, draft.product().id());

        assertEquals(com.rangoliboutique.domain.product.ProductStatus.PUBLISHED, published.status());
        List<TelegramPeer.Call> tries = channelCalls("sendPhoto", 3);
        assertEquals(3, tries.size(), "two failed, the third posted");
        await("posted and kept", DONE, () -> telegram.channelPosts(CHANNEL).size() == 1
                && posts.of(published.id()).isPresent());
        await("the row done after its retries", DONE, () -> openRows() == 0);
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT attempts, last_error FROM promotions WHERE kind = 'PIECE_CHANGED'")) {
            assertTrue(r.next());
            assertEquals(2, r.getInt(1));
            assertTrue(r.getString(2).contains("429"), r.getString(2));
        }
    }

    @Test
    void aPostDeletedByHandIsPostedAgainWhenThePieceChanges() throws Exception {
        Draft draft = WorkerFixture.draft(context);
        Product published = publish.publishOriginalOnly(OWNER, draft.product().id());
        channelCalls("sendPhoto", 1);
        await("the post id kept", DONE, () -> posts.of(published.id()).isPresent());
        telegram.deleteByHand(CHANNEL, posts.of(published.id()).orElseThrow().messageId());

        change(published, ProductAction.MARK_SOLD_OUT);

        channelCalls("sendPhoto", 2);
        await("posted again, sold out", DONE, () -> telegram.channelPosts(CHANNEL).size() == 1
                && caption().startsWith("SOLD OUT"));
    }

    @Test
    void aPieceDiscardedWhileItsPostCouldNotBeDeletedHasThePostDeletedByTheRetry() throws Exception {
        Product published = publish.publishOriginalOnly(OWNER, WorkerFixture.draft(context).product().id());
        channelCalls("sendPhoto", 1);
        await("the post id kept", DONE, () -> posts.of(published.id()).isPresent());
        telegram.failNext("deleteMessage", 500, "Internal Server Error");

        change(published, ProductAction.HIDE);
        discard.discard(OWNER, published.id());

        assertTrue(products.byId(published.id()).isEmpty(), "the owner's discard went through at once");
        channelCalls("deleteMessage", 2);
        await("the post deleted and forgotten", DONE,
                () -> telegram.channelPosts(CHANNEL).isEmpty() && posts.of(published.id()).isEmpty());
    }

    @Test
    void aNewWhatsAppNumberIsEditedIntoEveryPostsOrderButton() throws Exception {
        Product published = publish.publishOriginalOnly(OWNER, WorkerFixture.draft(context).product().id());
        channelCalls("sendPhoto", 1);
        await("the post id kept", DONE, () -> posts.of(published.id()).isPresent());

        try {
            shopSettings.changeWhatsappNumber(OWNER, "919000000001");

            channelCalls("editMessageCaption", 1);
            await("the new number in the order link", DONE,
                    () -> orderButton().url().startsWith("https://wa.me/919000000001?text="));
        } finally {
            shopSettings.changeWhatsappNumber(OWNER, ShopSettings.DEFAULTS.whatsappNumber());
        }
    }

    private void change(Product product, ProductAction action) {
        status.change(new ChangeProductStatusCommand(OWNER, product.dressId(), action));
    }

    private static String order(Product product, boolean soldOut) {
        ShopSettings shop = ShopSettings.DEFAULTS;
        return new WhatsAppOrder(shop.whatsappNumber(), shop.identity(), product.dressId(),
                VariantSelection.NOT_SELECTED, SHOP + "/d/" + product.dressId().value(), soldOut).link();
    }

    private boolean toChannel(TelegramPeer.Call call) {
        return "@rangoli_new".equals(call.param("chat_id"));
    }

    private List<TelegramPeer.Call> channelCalls(String method, int n) throws InterruptedException {
        await(n + " " + method + " to the channel", DONE,
                () -> telegram.calls(method).stream().filter(this::toChannel).count() >= n);
        return telegram.calls(method).stream().filter(this::toChannel).toList();
    }

    private JsonObject posted() {
        List<JsonObject> all = telegram.channelPosts(CHANNEL);
        assertEquals(1, all.size(), () -> "posts: " + all);
        return all.get(0);
    }

    private String caption() {
        List<JsonObject> all = telegram.channelPosts(CHANNEL);
        return all.size() == 1 ? all.get(0).get("caption").getAsString() : "";
    }

    private Button orderButton() {
        JsonObject first = posted().getAsJsonObject("reply_markup").getAsJsonArray("inline_keyboard").get(0)
                .getAsJsonArray().get(0).getAsJsonObject();
        return new Button(first.get("text").getAsString(), null, first.get("url").getAsString());
    }

    private static int openRows() {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM promotions WHERE done_at IS NULL")) {
            r.next();
            return r.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = TestInfrastructure.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
