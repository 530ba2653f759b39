package com.rangoliboutique.adapter.in.telegram;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer.Button;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Find a piece, then act on it: {@code /list}, {@code /find}, piece cards and replies to the bot's messages, driven
 * through the webhook over HTTP with the real pengrad client talking to a Bot API peer, on the real database.
 */
@MicronautTest(environments = "test", transactional = false)
class PieceFlowsIT extends PostgresIT {

    static final long OWNER = 111_111L;
    static final long STRANGER = 999_999L;
    static final String SECRET = "webhook-secret-for-tests";
    static final String SHOP = "https://rangoli.example";
    static final String CAPTION = """
            Title: Red Banarasi Silk Saree
            Price: ₹12,500
            Category: saree, silk
            Tags: wedding, red, banarasi
            Description: Pure silk with zari border.""";
    static final TelegramPeer TELEGRAM = TelegramPeer.start();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(50_000);

    @Inject
    EmbeddedServer server;
    @Inject
    Products products;
    @Inject
    AuditLog audit;
    @Inject
    PieceMessages pieceMessages;
    @Inject
    RedisClient redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(BotTestProperties.of(super.getProperties(), TELEGRAM, SECRET,
                String.valueOf(OWNER)));
        p.put("telegram.webhook-per-minute", "10000");
        p.put("shop.url", SHOP);
        return p;
    }

    @AfterAll
    static void stopPeer() {
        TELEGRAM.close();
    }

    @BeforeEach
    void reset() {
        TELEGRAM.clear();
        redis.flushDB();
    }

    // ---- /list

    @Test
    void listShowsTheEightNewestAsButtonsAndTheNextPageEditsTheSameMessage() throws Exception {
        for (int i = 1; i <= 10; i++) {
            stored("Saree number " + i, ProductStatus.PUBLISHED);
        }
        Product newest = products.byDressId(stored("An Extraordinarily Long Banarasi Silk Wedding Saree",
                ProductStatus.SOLD_OUT).dressId()).orElseThrow();

        send(Updates.text(nextId(), OWNER, "/list"));

        TelegramPeer.Call list = onlyCall("sendMessage");
        int listId = TELEGRAM.lastMessageId();
        assertEquals("📋 The newest pieces — page 1 of 2, 11 pieces in all. Tap a piece to see its card.",
                list.param("text"));
        List<List<Button>> rows = list.inlineKeyboard();
        assertEquals(9, rows.size(), "8 pieces and the page buttons");
        assertEquals(new Button(newest.dressId() + " · An Extraordinarily Long… · ₹12,500 · sold out",
                "pc:" + newest.id()), rows.get(0).get(0));
        assertTrue(rows.get(1).get(0).text().contains("Saree number 10 · ₹12,500"), rows.get(1).get(0).text());
        assertEquals(List.of(new Button("Page 2 ▶", "pl:all:2")), rows.get(8));
        TELEGRAM.clear();

        send(Updates.buttonUnderText(nextId(), OWNER, listId, "pl:all:2"));

        assertEquals("answerCallbackQuery", TELEGRAM.calls().get(0).method(), "the spinner stops first");
        TelegramPeer.Call page2 = onlyCall("editMessageText");
        assertEquals(String.valueOf(listId), page2.param("message_id"), "the same message");
        assertEquals("📋 The newest pieces — page 2 of 2, 11 pieces in all. Tap a piece to see its card.",
                page2.param("text"));
        List<List<Button>> rows2 = page2.inlineKeyboard();
        assertEquals(4, rows2.size());
        assertTrue(rows2.get(2).get(0).text().contains("Saree number 1 · "), rows2.get(2).get(0).text());
        assertEquals(List.of(new Button("◀ Page 1", "pl:all:1")), rows2.get(3));
        assertTrue(TELEGRAM.calls("sendMessage").isEmpty(), "no new message");
        assertTrue(TELEGRAM.message(OWNER, listId).orElseThrow().get("text").getAsString().contains("page 2 of 2"),
                "the list message itself now shows page 2");
    }

    @Test
    void listFiltersByStatusAndRefusesAnUnknownFilter() throws Exception {
        Product draft = stored("Draft Saree", ProductStatus.DRAFT);
        Product published = stored("Published Saree", ProductStatus.PUBLISHED);
        Product sold = stored("Sold Saree", ProductStatus.SOLD_OUT);

        assertEquals(List.of("pc:" + draft.id()), pieceButtons("/list drafts"));
        assertEquals(List.of("pc:" + published.id()), pieceButtons("/list published"));
        assertEquals(List.of("pc:" + sold.id()), pieceButtons("/list sold"));
        assertEquals("📋 Sold-out pieces — 1 piece. Tap a piece to see its card.", lastText());
        assertEquals(List.of("pc:" + sold.id(), "pc:" + published.id(), "pc:" + draft.id()), pieceButtons("/list"));

        send(Updates.text(nextId(), OWNER, "/list hidden"));
        assertEquals("No hidden pieces just now. /list shows every piece.", lastText());
        send(Updates.text(nextId(), OWNER, "/list banana"));
        assertEquals("❌ I can't list \"banana\". Send /list for every piece, or /list drafts, /list published,"
                + " /list sold or /list hidden.", lastText());
    }

    @Test
    void anEmptyShopSaysSoAndStrangersGetNothing() throws Exception {
        send(Updates.text(nextId(), STRANGER, "/list"));
        assertTrue(TELEGRAM.calls().isEmpty(), "silence for a stranger");

        send(Updates.text(nextId(), OWNER, "/list"));
        assertEquals(PieceTexts.EMPTY_SHOP, lastText());
        send(Updates.text(nextId(), OWNER, "/find red"));
        assertEquals(PieceTexts.EMPTY_SHOP, lastText());
    }

    // ---- /find

    @Test
    void findSearchesTitleTagsAndDescriptionInEveryStatus() throws Exception {
        Product saree = products.add(Product.draft(products.nextDressId(), new ProductDetails("Red Banarasi Silk Saree",
                "Pure silk with zari border.", List.of("saree"), List.of("wedding"), Price.ofRupees(12_500), List.of()),
                OWNER));
        Product kurta = products.add(Product.draft(products.nextDressId(), new ProductDetails("Blue Cotton Kurta",
                "Soft cotton.", List.of("kurta"), List.of("red", "casual"), Price.ofRupees(2_500), List.of()), OWNER));
        hide(kurta);

        assertEquals(List.of("pc:" + saree.id()), pieceButtons("/find red silk"));
        assertEquals("🔎 \"red silk\" — 1 piece found. Tap a piece to see its card.", lastText());
        assertEquals(List.of("pc:" + kurta.id(), "pc:" + saree.id()), pieceButtons("/find RED"));
        assertEquals(List.of("pc:" + saree.id()), pieceButtons("/find zari sarees"), "description, stemmed");
        assertEquals(List.of("pc:" + kurta.id()), pieceButtons("/find kurta"), "a hidden piece");

        send(Updates.text(nextId(), OWNER, "/find chiffon"));
        assertEquals("Nothing matches \"chiffon\" in the titles, tags or descriptions. /list shows the newest pieces.",
                lastText());
        send(Updates.text(nextId(), OWNER, "/find"));
        assertEquals(PieceTexts.USAGE_FIND, lastText());
    }

    @Test
    void findPagesKeepTheSearchInTheirButtons() throws Exception {
        for (int i = 1; i <= 9; i++) {
            stored("Silk Saree " + i, ProductStatus.PUBLISHED);
        }
        stored("Cotton Kurta", ProductStatus.PUBLISHED);

        send(Updates.text(nextId(), OWNER, "/find silk saree"));
        int listId = TELEGRAM.lastMessageId();
        List<List<Button>> rows = onlyCall("sendMessage").inlineKeyboard();
        assertEquals(List.of(new Button("Page 2 ▶", "pf:2:silk saree")), rows.get(8));
        TELEGRAM.clear();

        send(Updates.buttonUnderText(nextId(), OWNER, listId, "pf:2:silk saree"));

        TelegramPeer.Call page2 = onlyCall("editMessageText");
        assertEquals("🔎 \"silk saree\" — 9 pieces found, page 2 of 2. Tap a piece to see its card.",
                page2.param("text"));
        assertEquals(2, page2.inlineKeyboard().size(), "one piece and ◀");
    }

    // ---- piece cards

    @Test
    void aPublishedPiecesCardHasItsPhotoAndButtonsAndEachButtonActsAndRedrawsTheCard() throws Exception {
        Product piece = publishedByBot();
        send(Updates.buttonUnderText(nextId(), OWNER, 1, "pc:" + piece.id()));

        assertEquals("answerCallbackQuery", TELEGRAM.calls().get(0).method(), "the spinner stops first");
        TelegramPeer.Call card = onlyCall("sendPhoto");
        int cardId = TELEGRAM.lastMessageId();
        assertNotNull(card.file("photo"), "uploaded as bytes");
        assertEquals(0xFF, card.file("photo")[0] & 0xFF, "a JPEG");
        assertEquals("📦 " + piece.dressId() + ": Red Banarasi Silk Saree\n💰 ₹12,500\n🟢 Published — in the catalog\n\n"
                + "↩️ Reply to this message with sold, hide, show, price 11500, sale 9999, sale off or Title: / Tags:"
                + " lines.",
                card.param("caption"));
        assertEquals(List.of(
                List.of(new Button("🔴 Sold out", "ps:sold:" + piece.id()), new Button("🙈 Hide", "ps:hide:" + piece.id())),
                List.of(new Button("✏️ Edit", "edit_meta:" + piece.id()), new Button("🏷️ Sale price", "pv:" + piece.id()),
                        new Button("🌐 Open page", null, SHOP + "/d/" + piece.dressId())),
                List.of(new Button("📤 Share card", "sc:" + piece.id()))), card.inlineKeyboard());

        TELEGRAM.clear();
        send(Updates.button(nextId(), OWNER, cardId, "ps:sold:" + piece.id()));
        assertEquals("answerCallbackQuery", TELEGRAM.calls().get(0).method());
        assertEquals(ProductStatus.SOLD_OUT, status(piece));
        TelegramPeer.Call soldCard = onlyCall("editMessageCaption");
        assertEquals(String.valueOf(cardId), soldCard.param("message_id"));
        assertTrue(soldCard.param("caption").contains("🔴 Sold out — in the catalog, marked sold out"));
        assertEquals(List.of(List.of(new Button("🟢 Back on sale", "ps:show:" + piece.id()),
                new Button("🙈 Hide", "ps:hide:" + piece.id()))), soldCard.inlineKeyboard());

        TELEGRAM.clear();
        send(Updates.button(nextId(), OWNER, cardId, "ps:hide:" + piece.id()));
        assertEquals(ProductStatus.HIDDEN, status(piece));
        assertEquals(List.of(List.of(new Button("👀 Show", "ps:show:" + piece.id()),
                        new Button("🗑 Discard", "discard:" + piece.id()))),
                onlyCall("editMessageCaption").inlineKeyboard(), "hidden: Show · Discard");

        TELEGRAM.clear();
        send(Updates.button(nextId(), OWNER, cardId, "ps:show:" + piece.id()));
        assertEquals(ProductStatus.PUBLISHED, status(piece));
        assertEquals(3, onlyCall("editMessageCaption").inlineKeyboard().size(), "status, edit, share card");
        assertEquals(List.of(AuditAction.CREATE_DRAFT, AuditAction.PUBLISH_ORIGINAL_ONLY, AuditAction.SOLD_OUT,
                AuditAction.HIDE, AuditAction.UNHIDE), actions(piece));
        assertEquals(OWNER, audit.ofProduct(piece.id()).get(4).adminId());
    }

    @Test
    void anOutOfDateCardButtonIsRefusedByTheStatusTableAndTheCardShowsTheStateNow() throws Exception {
        Product piece = publishedByBot();
        int cardId = TELEGRAM.addPhotoMessage(OWNER, "an old card");
        send(Updates.text(nextId(), OWNER, "/hide " + piece.dressId()));
        TELEGRAM.clear();

        send(Updates.button(nextId(), OWNER, cardId, "ps:sold:" + piece.id()));

        assertEquals(piece.dressId() + " is hidden — unhide it before marking it sold out.",
                TELEGRAM.calls("answerCallbackQuery").get(0).param("text"));
        assertEquals(ProductStatus.HIDDEN, status(piece));
        assertEquals(List.of(List.of(new Button("👀 Show", "ps:show:" + piece.id()),
                new Button("🗑 Discard", "discard:" + piece.id()))), onlyCall("editMessageCaption").inlineKeyboard());
        assertEquals(1, actions(piece).stream().filter(a -> a == AuditAction.HIDE).count());
    }

    @Test
    void aDraftsCardHasTheFiveReviewButtonsOfThePreviewCard() throws Exception {
        Product draft = draftByBot();
        send(Updates.buttonUnderText(nextId(), OWNER, 1, "pc:" + draft.id()));

        TelegramPeer.Call card = onlyCall("sendPhoto");
        int cardId = TELEGRAM.lastMessageId();
        assertEquals(List.of(
                List.of(new Button("✅ Approve", "approve:" + draft.id()), new Button("🔄 Regenerate", "regen:" + draft.id())),
                List.of(new Button("📷 Publish original", "pub_orig:" + draft.id()),
                        new Button("✏️ Edit", "edit_meta:" + draft.id())),
                List.of(new Button("🗑 Discard", "discard:" + draft.id()))), card.inlineKeyboard());

        TELEGRAM.clear();
        send(Updates.button(nextId(), OWNER, cardId, "pub_orig:" + draft.id()));
        assertEquals(ProductStatus.PUBLISHED, status(draft));
    }

    @Test
    void aCardOfADiscardedPieceSaysSo() throws Exception {
        Product draft = draftByBot();
        send(Updates.button(nextId(), OWNER, TELEGRAM.addPhotoMessage(OWNER, "card"), "discard:" + draft.id()));
        TELEGRAM.clear();

        send(Updates.buttonUnderText(nextId(), OWNER, 1, "pc:" + draft.id()));

        assertEquals(PieceTexts.PIECE_GONE, onlyCall("answerCallbackQuery").param("text"));
        assertTrue(TELEGRAM.calls("sendPhoto").isEmpty());
    }

    @Test
    void aHiddenPiecesDiscardButtonDeletesIt() throws Exception {
        Product piece = publishedByBot();
        send(Updates.text(nextId(), OWNER, "/hide " + piece.dressId()));
        send(Updates.buttonUnderText(nextId(), OWNER, 1, "pc:" + piece.id()));
        int cardId = TELEGRAM.lastMessageId();
        TELEGRAM.clear();

        send(Updates.button(nextId(), OWNER, cardId, "discard:" + piece.id()));

        assertEquals("answerCallbackQuery", TELEGRAM.calls().get(0).method());
        assertTrue(products.byId(piece.id()).isEmpty(), "discarded");
        assertEquals("🗑 Discarded: " + piece.dressId(), onlyCall("editMessageCaption").param("caption"));
    }

    // ---- sale prices on cards and by reply

    @Test
    void aSalePriceShowsInTheListAndOnTheCardAndIsSetAndEndedByReplyingToTheSalePriceQuestion() throws Exception {
        Product piece = publishedByBot();
        send(Updates.buttonUnderText(nextId(), OWNER, 1, "pc:" + piece.id()));
        int cardId = TELEGRAM.lastMessageId();
        TELEGRAM.clear();

        send(Updates.button(nextId(), OWNER, cardId, "pv:" + piece.id()));
        assertEquals("answerCallbackQuery", TELEGRAM.calls().get(0).method(), "the spinner stops first");
        assertEquals(PieceTexts.salePrompt(products.byId(piece.id()).orElseThrow()), lastText());
        int question = TELEGRAM.lastMessageId();

        send(Updates.reply(nextId(), OWNER, question, "sale 9,999"));
        Product onSale = products.byId(piece.id()).orElseThrow();
        assertEquals(Price.ofRupees(9_999), onSale.salePrice().orElseThrow());
        assertTrue(lastText().startsWith("🏷️ " + piece.dressId() + " is on sale: ₹9,999 instead of ₹12,500"), lastText());

        TELEGRAM.clear();
        send(Updates.text(nextId(), OWNER, "/list"));
        assertTrue(onlyCall("sendMessage").inlineKeyboard().get(0).get(0).text().endsWith(" · ₹9,999 sale"),
                "the list shows the sale price");
        send(Updates.buttonUnderText(nextId(), OWNER, 1, "pc:" + piece.id()));
        assertTrue(onlyCall("sendPhoto").param("caption").contains("💰 ₹9,999 on sale (was ₹12,500)"),
                "the card shows both prices");
        int saleCard = TELEGRAM.lastMessageId();

        send(Updates.reply(nextId(), OWNER, saleCard, "sale 13000"));
        assertTrue(lastText().startsWith("❌ A sale price must be below the price: " + piece.dressId()), lastText());
        assertEquals(Price.ofRupees(9_999), products.byId(piece.id()).orElseThrow().salePrice().orElseThrow(),
                "nothing changed");

        send(Updates.reply(nextId(), OWNER, saleCard, "Sale off"));
        assertTrue(products.byId(piece.id()).orElseThrow().salePrice().isEmpty());
        assertTrue(lastText().startsWith("✅ The sale of " + piece.dressId() + " has ended"), lastText());
        assertEquals(List.of(AuditAction.SET_SALE_PRICE, AuditAction.END_SALE), actions(piece).stream()
                .filter(a -> a == AuditAction.SET_SALE_PRICE || a == AuditAction.END_SALE).toList());
    }

    // ---- reply to act

    @Test
    void replyingToTheDraftReplyWithAPriceEditsThatPiece() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        send(Updates.photo(nextId(), OWNER, 9, fileId, 50_000, CAPTION, null));
        int draftReply = TELEGRAM.lastMessageId();
        Product draft = products.byDressId(products.byId(latestProductId()).orElseThrow().dressId()).orElseThrow();
        TELEGRAM.clear();

        send(Updates.reply(nextId(), OWNER, draftReply, "price 11500"));

        assertEquals(Price.ofRupees(11_500), products.byId(draft.id()).orElseThrow().price());
        assertTrue(lastText().startsWith("✅ Saved " + draft.dressId() + ":\n"), lastText());
        assertTrue(lastText().contains("Price: ₹11,500"), lastText());
        assertTrue(actions(draft).contains(AuditAction.EDIT));

        send(Updates.reply(nextId(), OWNER, draftReply, "sold"));
        assertEquals("❌ " + draft.dressId() + " is still a draft — approve it first.", lastText());
        assertEquals(ProductStatus.DRAFT, status(draft));
    }

    @Test
    void replyingToACardAndToStatusAnswersActsWithEveryVerb() throws Exception {
        Product piece = publishedByBot();
        send(Updates.buttonUnderText(nextId(), OWNER, 1, "pc:" + piece.id()));
        int cardId = TELEGRAM.lastMessageId();

        send(Updates.reply(nextId(), OWNER, cardId, "sold"));
        assertEquals(ProductStatus.SOLD_OUT, status(piece));
        assertEquals("🔴 " + piece.dressId() + " is marked sold out.", lastText());
        int soldAnswer = TELEGRAM.lastMessageId();

        send(Updates.reply(nextId(), OWNER, soldAnswer, "Show"));
        assertEquals(ProductStatus.PUBLISHED, status(piece));
        assertEquals("👀 " + piece.dressId() + " is visible in the catalog again.", lastText());

        send(Updates.reply(nextId(), OWNER, cardId, "hide"));
        assertEquals(ProductStatus.HIDDEN, status(piece));
        assertEquals("🙈 " + piece.dressId() + " is hidden from the catalog.", lastText());

        send(Updates.reply(nextId(), OWNER, cardId, "Title: Maroon Banarasi Saree\nTags: silk, bridal"));
        Product edited = products.byId(piece.id()).orElseThrow();
        assertEquals("Maroon Banarasi Saree", edited.title());
        assertEquals(List.of("silk", "bridal"), edited.tags());
        assertTrue(lastText().startsWith("✅ Saved " + piece.dressId()), lastText());

        send(Updates.reply(nextId(), OWNER, cardId, "Price: lots"));
        assertTrue(lastText().startsWith("❌ Nothing was changed:\n• "), lastText());

        send(Updates.reply(nextId(), OWNER, cardId, "dance"));
        assertEquals(PieceTexts.replyHelp(piece.dressId()), lastText());

        assertEquals(List.of(AuditAction.CREATE_DRAFT, AuditAction.PUBLISH_ORIGINAL_ONLY, AuditAction.SOLD_OUT,
                AuditAction.UNHIDE, AuditAction.HIDE, AuditAction.EDIT), actions(piece));
    }

    @Test
    void replyingToThePreviewCardTheWorkerRememberedActsOnItsPiece() throws Exception {
        Product draft = draftByBot();
        int previewCard = TELEGRAM.addPhotoMessage(OWNER, "📦 preview card");
        pieceMessages.remember(OWNER, previewCard, draft.id()); // what the worker does once the card is sent

        send(Updates.reply(nextId(), OWNER, previewCard, "Tags: silk, festive"));

        assertEquals(List.of("silk", "festive"), products.byId(draft.id()).orElseThrow().tags());
    }

    @Test
    void aReplyToAMessageAboutNoPieceGetsTheUsualHelpLine() throws Exception {
        Product piece = publishedByBot();
        int unrelated = TELEGRAM.addTextMessage(OWNER, "hello");

        send(Updates.reply(nextId(), OWNER, unrelated, "sold"));

        assertEquals(BotTexts.notUnderstood(), lastText());
        assertEquals(ProductStatus.PUBLISHED, status(piece));
    }

    @Test
    void aReplyAboutAPieceWinsOverEditModeOfAnother() throws Exception {
        Product first = publishedByBot();
        Product second = publishedByBot();
        send(Updates.text(nextId(), OWNER, "/soldout " + second.dressId()));
        int aboutSecond = TELEGRAM.lastMessageId();
        send(Updates.text(nextId(), OWNER, "/edit " + first.dressId()));

        send(Updates.reply(nextId(), OWNER, aboutSecond, "Price: 9000"));
        assertEquals(Price.ofRupees(9_000), products.byId(second.id()).orElseThrow().price());
        assertEquals(Price.ofRupees(12_500), products.byId(first.id()).orElseThrow().price());

        send(Updates.text(nextId(), OWNER, "Price: 13000"));
        assertEquals(Price.ofRupees(13_000), products.byId(first.id()).orElseThrow().price(), "edit mode went on");
    }

    @Test
    void whichMessageIsAboutWhichPieceSurvivesARestart() throws Exception {
        Product piece = publishedByBot();
        send(Updates.text(nextId(), OWNER, "/soldout " + piece.dressId()));
        int answer = TELEGRAM.lastMessageId();

        Map<String, Object> props = new LinkedHashMap<>(getProperties());
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, props, "test")) {
            post(restarted, Updates.reply(nextId(), OWNER, answer, "show"));
        }

        assertEquals(ProductStatus.PUBLISHED, status(piece));
        assertEquals("👀 " + piece.dressId() + " is visible in the catalog again.", lastText());
    }

    // ---- helpers

    private Product stored(String title, ProductStatus status) {
        Product product = products.add(Product.draft(products.nextDressId(), new ProductDetails(title, "",
                List.of("saree"), List.of(), Price.ofRupees(12_500), List.of()), OWNER));
        if (status != ProductStatus.DRAFT) {
            product.publish();
            if (status == ProductStatus.SOLD_OUT) {
                product.markSoldOut();
            } else if (status == ProductStatus.HIDDEN) {
                product.hide();
            }
            products.update(product);
        }
        return product;
    }

    // ---- share cards

    @Test
    void publishingQueuesTheOwnersShareCardsAndTheChannelPostAndOffersAShareCardButton() throws Exception {
        Product draft = draftByBot();

        send(Updates.button(nextId(), OWNER, TELEGRAM.addPhotoMessage(OWNER, "card"), "pub_orig:" + draft.id()));

        assertEquals(List.of(List.of(new Button("📤 Share card", "sc:" + draft.id()))),
                onlyCall("editMessageCaption").inlineKeyboard());
        assertEquals(List.of("PIECE_CHANGED:" + draft.id() + ":null", "SHARE_CARDS:" + draft.id() + ":" + OWNER),
                promotions());
    }

    @Test
    void theShareCardButtonQueuesTheCardsAndAnswersAtOnce() throws Exception {
        Product piece = publishedByBot();
        Product hidden = stored("A hidden saree", ProductStatus.HIDDEN);
        int before = promotions().size();

        send(Updates.button(nextId(), OWNER, TELEGRAM.addPhotoMessage(OWNER, "card"), "sc:" + piece.id()));
        assertEquals("Your share cards are being drawn — they arrive in a few seconds.",
                onlyCall("answerCallbackQuery").param("text"));
        assertEquals("SHARE_CARDS:" + piece.id() + ":" + OWNER, promotions().get(before));

        TELEGRAM.clear();
        send(Updates.button(nextId(), OWNER, TELEGRAM.addPhotoMessage(OWNER, "card"), "sc:" + hidden.id()));
        assertEquals("Share cards are for pieces in the catalog — this one is not on sale now.",
                onlyCall("answerCallbackQuery").param("text"));
        assertEquals(before + 1, promotions().size(), "none for a hidden piece");
    }

    /** The outbox's rows, oldest first, as kind:product:chat. */
    private static List<String> promotions() throws Exception {
        try (var c = TestInfrastructure.connect();
             var rs = c.createStatement().executeQuery("SELECT kind, product_id, chat_id FROM promotions ORDER BY id")) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getString(3));
            }
            return rows;
        }
    }

    private void hide(Product product) {
        Product p = products.byId(product.id()).orElseThrow();
        p.publish();
        p.hide();
        products.update(p);
    }

    private Product draftByBot() throws Exception {
        String fileId = TELEGRAM.addFile(TestImages.jpeg(900, 1200, java.awt.Color.RED));
        send(Updates.photo(nextId(), OWNER, 9, fileId, 50_000, CAPTION, null));
        TELEGRAM.clear();
        return products.byId(latestProductId()).orElseThrow();
    }

    private Product publishedByBot() throws Exception {
        Product draft = draftByBot();
        send(Updates.button(nextId(), OWNER, TELEGRAM.addPhotoMessage(OWNER, "card"), "pub_orig:" + draft.id()));
        TELEGRAM.clear();
        return products.byId(draft.id()).orElseThrow();
    }

    /** The callback data of the piece buttons of the list the command answers with. */
    private List<String> pieceButtons(String command) throws Exception {
        TELEGRAM.clear();
        send(Updates.text(nextId(), OWNER, command));
        return onlyCall("sendMessage").inlineKeyboard().stream().flatMap(List::stream)
                .map(Button::callbackData).filter(d -> d.startsWith("pc:")).toList();
    }

    private long latestProductId() throws Exception {
        try (var c = TestInfrastructure.connect();
             var rs = c.createStatement().executeQuery("SELECT MAX(id) FROM products")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private ProductStatus status(Product product) {
        return products.byId(product.id()).orElseThrow().status();
    }

    private List<AuditAction> actions(Product product) {
        return audit.ofProduct(product.id()).stream().map(AuditEntry::action).toList();
    }

    private TelegramPeer.Call onlyCall(String method) {
        List<TelegramPeer.Call> calls = TELEGRAM.calls(method);
        assertEquals(1, calls.size(), () -> method + ": " + TELEGRAM.calls());
        return calls.get(0);
    }

    private String lastText() {
        List<TelegramPeer.Call> sent = TELEGRAM.calls("sendMessage");
        assertTrue(!sent.isEmpty(), () -> "no reply; calls: " + TELEGRAM.calls());
        return sent.get(sent.size() - 1).param("text");
    }

    private static long nextId() {
        return UPDATE_IDS.incrementAndGet();
    }

    private void send(String update) throws Exception {
        post(server, update);
    }

    private void post(EmbeddedServer to, String update) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + to.getPort() + "/telegram/webhook/" + TELEGRAM.token()))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
    }
}
