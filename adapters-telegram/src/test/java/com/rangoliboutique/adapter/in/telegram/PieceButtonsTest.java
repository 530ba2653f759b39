package com.rangoliboutique.adapter.in.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.rangoliboutique.application.port.in.PiecePage;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of piece lists and cards: button labels, callback data, page buttons, the buttons per status. */
class PieceButtonsTest {

    private static PiecePage.Piece piece(String title, ProductStatus status) {
        return new PiecePage.Piece(17, new DressId(1042), title, Price.ofRupees(12_500), null, status);
    }

    @Test
    void aListButtonNamesThePieceItsPriceAndAnyStatusButPublished() {
        assertEquals("D-1042 · Red Banarasi Silk Saree · ₹12,500 · sold out",
                PieceTexts.buttonLabel(piece("Red Banarasi Silk Saree", ProductStatus.SOLD_OUT)));
        assertEquals("D-1042 · Red Banarasi Silk Saree · ₹12,500",
                PieceTexts.buttonLabel(piece("Red Banarasi Silk Saree", ProductStatus.PUBLISHED)));
        assertEquals("D-1042 · Kurta · ₹12,500 · draft", PieceTexts.buttonLabel(piece("Kurta", ProductStatus.DRAFT)));
        assertEquals("D-1042 · Kurta · ₹12,500 · hidden", PieceTexts.buttonLabel(piece("Kurta", ProductStatus.HIDDEN)));
    }

    @Test
    void longTitlesAreCutAtAWordSoTheButtonFits() {
        assertEquals("An Extraordinarily Long…", PieceTexts.shorten("An Extraordinarily Long Banarasi Silk Saree", 28));
        assertEquals("Supercalifragilisticexpiali…", PieceTexts.shorten("Supercalifragilisticexpialidocious", 28));
        assertEquals("Exactly twenty-eight letters", PieceTexts.shorten("Exactly twenty-eight letters", 28));
        assertTrue(PieceTexts.shorten("🌸".repeat(40), 28).codePointCount(0, PieceTexts.shorten("🌸".repeat(40), 28)
                .length()) <= 28, "counted in characters, surrogate pairs kept whole");
    }

    @Test
    void callbackDataReadsBackAndFitsTelegramsLimit() {
        List<PiecePress> presses = List.of(new PiecePress.OpenCard(17), new PiecePress.ListPage(PieceFilter.SOLD, 3),
                new PiecePress.FindPage(2, "red silk"), new PiecePress.CardAction(ProductAction.MARK_SOLD_OUT, 17),
                new PiecePress.CardAction(ProductAction.HIDE, Long.MAX_VALUE),
                new PiecePress.CardAction(ProductAction.UNHIDE, 17), new PiecePress.SalePrompt(Long.MAX_VALUE),
                new PiecePress.FindPage(Integer.MAX_VALUE, "ब".repeat(PiecePress.MAX_FIND_BYTES / 3)));
        for (PiecePress press : presses) {
            assertEquals(Optional.of(press), PiecePress.parse(press.data()), press.data());
            assertTrue(press.data().getBytes(StandardCharsets.UTF_8).length <= 64, press.data());
        }
        assertEquals("pl:sold:3", new PiecePress.ListPage(PieceFilter.SOLD, 3).data());
        assertEquals("ps:sold:17", new PiecePress.CardAction(ProductAction.MARK_SOLD_OUT, 17).data());
        assertThrows(IllegalArgumentException.class,
                () -> new PiecePress.FindPage(1, "x".repeat(PiecePress.MAX_FIND_BYTES + 1)));
        assertThrows(IllegalArgumentException.class, () -> new PiecePress.CardAction(ProductAction.DISCARD, 1));
    }

    @Test
    void thePreviewCardsDataAndGarbageAreNotPiecePresses() {
        for (String data : new String[] {"approve:17", "discard:17", "pub_orig:1", "pc:", "pc:x", "pl:banana:1",
                "pl:all:x", "ps:dance:17", "ps:sold:", "pf:x:red", "pf:1", null, ""}) {
            assertEquals(Optional.empty(), PiecePress.parse(data), String.valueOf(data));
        }
        assertTrue(!PiecePress.isPieceData("approve:17"));
    }

    @Test
    void listFiltersAcceptTheOwnersWords() {
        assertEquals(Optional.of(PieceFilter.ALL), PieceFilter.parse(""));
        assertEquals(Optional.of(PieceFilter.DRAFTS), PieceFilter.parse(" Drafts "));
        assertEquals(Optional.of(PieceFilter.SOLD), PieceFilter.parse("sold  out"));
        assertEquals(Optional.of(PieceFilter.HIDDEN), PieceFilter.parse("hidden"));
        assertEquals(Optional.of(ProductStatus.SOLD_OUT), PieceFilter.SOLD.status());
        assertEquals(Optional.empty(), PieceFilter.parse("banana"));
    }

    @Test
    void aListPageHasAButtonPerPieceThenOnlyThePageButtonsThatLeadSomewhere() {
        List<PiecePage.Piece> eight = java.util.Collections.nCopies(8, piece("Saree", ProductStatus.PUBLISHED));
        InlineKeyboardMarkup first = PieceKeyboards.list(new PiecePage(eight, 1, 3, 20),
                p -> new PiecePress.ListPage(PieceFilter.ALL, p));
        InlineKeyboardMarkup middle = PieceKeyboards.list(new PiecePage(eight, 2, 3, 20),
                p -> new PiecePress.ListPage(PieceFilter.ALL, p));

        assertEquals(List.of("Page 2 ▶=pl:all:2"), row(first, 8));
        assertEquals(List.of("◀ Page 1=pl:all:1", "Page 3 ▶=pl:all:3"), row(middle, 8));
        assertEquals("pc:17", first.inlineKeyboard()[0][0].callbackData());
        assertEquals(1, PieceKeyboards.list(new PiecePage(eight.subList(0, 1), 1, 1, 1),
                p -> new PiecePress.ListPage(PieceFilter.ALL, p)).inlineKeyboard().length, "no page buttons");
        assertNull(PieceKeyboards.list(new PiecePage(List.of(), 1, 1, 0), p -> new PiecePress.FindPage(p, "x")));
    }

    @ParameterizedTest
    @EnumSource(ProductStatus.class)
    void aCardCarriesTheStatusMovesTheTableAllows(ProductStatus status) {
        InlineKeyboardMarkup card = PieceKeyboards.card(saree(status),
                Optional.of("https://shop.example/d/D-1042"));
        List<List<String>> rows = Arrays.stream(card.inlineKeyboard())
                .map(r -> Arrays.stream(r).map(PieceButtonsTest::describe).toList()).toList();
        List<List<String>> expected = switch (status) {
            case DRAFT -> List.of(List.of("✅ Approve=approve:1", "🔄 Regenerate=regen:1"),
                    List.of("📷 Publish original=pub_orig:1", "✏️ Edit=edit_meta:1"), List.of("🗑 Discard=discard:1"));
            case PUBLISHED -> List.of(List.of("🔴 Sold out=ps:sold:1", "🙈 Hide=ps:hide:1"),
                    List.of("✏️ Edit=edit_meta:1", "🏷️ Sale price=pv:1", "🌐 Open page=https://shop.example/d/D-1042"),
                    List.of("📤 Share card=sc:1"));
            case SOLD_OUT -> List.of(List.of("🟢 Back on sale=ps:show:1", "🙈 Hide=ps:hide:1"));
            case HIDDEN -> List.of(List.of("👀 Show=ps:show:1", "🗑 Discard=discard:1"));
        };
        assertEquals(expected, rows);
    }

    @Test
    void withoutTheShopsAddressAPublishedCardHasNoPageLink() {
        InlineKeyboardMarkup card = PieceKeyboards.card(saree(ProductStatus.PUBLISHED), Optional.empty());
        assertEquals(List.of("✏️ Edit=edit_meta:1", "🏷️ Sale price=pv:1"), row(card, 1));
    }

    @Test
    void replyVerbs() {
        assertEquals(new ReplyVerb.ChangeStatus(ProductAction.MARK_SOLD_OUT), ReplyVerb.parse(" Sold out! "));
        assertEquals(new ReplyVerb.ChangeStatus(ProductAction.MARK_SOLD_OUT), ReplyVerb.parse("sold"));
        assertEquals(new ReplyVerb.ChangeStatus(ProductAction.HIDE), ReplyVerb.parse("Hide"));
        assertEquals(new ReplyVerb.ChangeStatus(ProductAction.UNHIDE), ReplyVerb.parse("show"));
        assertEquals(new ReplyVerb.ChangeStatus(ProductAction.UNHIDE), ReplyVerb.parse("back on sale"));
        assertEquals(new ReplyVerb.Sale("9,999"), ReplyVerb.parse("Sale 9,999"));
        assertEquals(new ReplyVerb.Sale("₹9999"), ReplyVerb.parse("sale: ₹9999"));
        assertTrue(((ReplyVerb.Sale) ReplyVerb.parse("sale OFF")).ends());
        ReplyVerb price = ReplyVerb.parse("price 11500");
        assertEquals(Optional.of(Price.ofRupees(11_500)), ((ReplyVerb.Edit) price).patch().price());
        assertEquals(Optional.of(Price.ofRupees(11_500)), ((ReplyVerb.Edit) ReplyVerb.parse("Price: ₹11,500")).patch().price());
        ReplyVerb lines = ReplyVerb.parse("Title: Maroon Saree\nTags: silk, bridal");
        assertEquals(Optional.of("Maroon Saree"), ((ReplyVerb.Edit) lines).patch().title());
        assertEquals(Optional.of(List.of("silk", "bridal")), ((ReplyVerb.Edit) lines).patch().tags());
        assertInstanceOf(ReplyVerb.BadLines.class, ReplyVerb.parse("price lots"));
        assertInstanceOf(ReplyVerb.Unknown.class, ReplyVerb.parse("dance"));
        assertInstanceOf(ReplyVerb.Unknown.class, ReplyVerb.parse("price"));
    }

    private static Product saree(ProductStatus status) {
        return Product.restore(1L, new DressId(1042), new ProductDetails("Red Banarasi Silk Saree", "", List.of("saree"),
                List.of(), Price.ofRupees(12_500), List.of()), null, status, 5L, null, null, null);
    }

    private static List<String> row(InlineKeyboardMarkup keyboard, int index) {
        return Arrays.stream(keyboard.inlineKeyboard()[index]).map(PieceButtonsTest::describe).toList();
    }

    private static String describe(InlineKeyboardButton button) {
        return button.text() + "=" + (button.url() != null ? button.url() : button.callbackData());
    }
}
