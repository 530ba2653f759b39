package com.rangoliboutique.domain.caption;

import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductPatch;
import com.rangoliboutique.domain.product.TestProducts;
import com.rangoliboutique.domain.product.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class CaptionParserTest {

    private static final String TITLE_MISSING = "Title is missing — add a line like: Title: Red Banarasi Silk Saree";
    private static final String PRICE_MISSING = "Price is missing — add a line like: Price: 12500";
    private static final String KEYS = "Title, Price, Category, Tags, Variants or Description";

    // --- captions that work ---

    @Test
    void templateReadsAsTheSampleSaree() {
        assertEquals(new CaptionResult.Parsed(TestProducts.details()), CaptionParser.parse(CaptionParser.TEMPLATE));
    }

    @Test
    void fullCaptionFillsEveryField() {
        ProductDetails details = parsed("""
                Title: Red Banarasi Silk Saree
                Price: 12500
                Category: saree, silk
                Tags: wedding, red, banarasi
                Variants: Size: Free Size; Color: Red with Gold Border
                Description: Pure silk with zari border.""");

        assertEquals("Red Banarasi Silk Saree", details.title());
        assertEquals(Price.ofRupees(12_500), details.price());
        assertEquals(List.of("saree", "silk"), details.categories());
        assertEquals(List.of("wedding", "red", "banarasi"), details.tags());
        assertEquals(List.of(new Variant("Size", "Free Size", 0), new Variant("Color", "Red with Gold Border", 1)),
                details.variants());
        assertEquals("Pure silk with zari border.", details.description());
    }

    @Test
    void specExampleCaptionWithoutDescription() {
        ProductDetails details = parsed("""
                Title: Red Banarasi Silk Saree
                Price: 12500
                Category: saree
                Tags: silk, banarasi, red, wedding
                Variants: Size: Free Size; Color: Red with Gold Border""");

        assertEquals(List.of("saree"), details.categories());
        assertEquals(List.of("silk", "banarasi", "red", "wedding"), details.tags());
        assertEquals(2, details.variants().size());
        assertEquals("", details.description());
    }

    @Test
    void onlyTitleAndPriceAreNeeded() {
        ProductDetails details = parsed("Title: Cotton Kurti\nPrice: 899");
        assertEquals("Cotton Kurti", details.title());
        assertEquals(Price.ofRupees(899), details.price());
        assertEquals(List.of(), details.categories());
        assertEquals(List.of(), details.tags());
        assertEquals(List.of(), details.variants());
        assertEquals("", details.description());
    }

    @Test
    void keysMayComeInAnyOrder() {
        assertEquals(TestProducts.details(), parsed("""
                Description: Pure silk with zari border.
                Variants: Size: Free Size; Color: Red with Gold Border
                Tags: wedding, red, banarasi
                Price: 12500
                Category: saree, silk
                Title: Red Banarasi Silk Saree"""));
    }

    @Test
    void keysAreCaseInsensitive() {
        ProductDetails details = parsed("TITLE: Lehenga\nprice: 25000\ncAtEgOrY: Lehenga");
        assertEquals("Lehenga", details.title());
        assertEquals(Price.ofRupees(25_000), details.price());
        assertEquals(List.of("lehenga"), details.categories());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Name: Silk Saree        | Silk Saree
            MRP: 12500              | ₹12,500
            Categories: saree, silk | [saree, silk]
            Tag: wedding            | [wedding]
            Variant: Size: M        | [Variant[type=Size, value=M, sortOrder=0]]
            Options: Size: M        | [Variant[type=Size, value=M, sortOrder=0]]
            Desc: Soft silk.        | Soft silk.
            Details: Soft silk.     | Soft silk.
            """)
    void synonymsMeanTheSameField(String line, String expected) {
        String caption = (line.startsWith("Name") ? "" : "Title: Saree\n") + (line.startsWith("MRP") ? "" : "Price: 100\n")
                + line;
        ProductDetails details = parsed(caption);
        String actual = switch (line.substring(0, line.indexOf(':'))) {
            case "Name" -> details.title();
            case "MRP" -> details.price().display();
            case "Categories" -> details.categories().toString();
            case "Tag" -> details.tags().toString();
            case "Variant", "Options" -> details.variants().toString();
            default -> details.description();
        };
        assertEquals(expected, actual);
    }

    @Test
    void linesAfterDescriptionContinueIt() {
        ProductDetails details = parsed("""
                Title: Anarkali Suit
                Price: 4500
                Description: Georgette anarkali with dupatta.
                Care: dry clean only.
                - hand embroidered
                Category: suit""");

        assertEquals("Georgette anarkali with dupatta.\nCare: dry clean only.\n- hand embroidered",
                details.description());
        assertEquals(List.of("suit"), details.categories());
    }

    @Test
    void descriptionMayStartOnTheNextLine() {
        ProductDetails details = parsed("Title: Saree\nPrice: 100\nDescription:\nFirst line.\n\nSecond line.");
        assertEquals("First line.\nSecond line.", details.description());
    }

    @Test
    void windowsLineEndingsAndBlankLinesAreFine() {
        assertEquals(TestProducts.details(), parsed(CaptionParser.TEMPLATE.replace("\n", "\r\n\r\n") + "\r\n"));
    }

    @Test
    void bulletsAndSurroundingSpacesAreTolerated() {
        ProductDetails details = parsed("  • Title: Saree  \n- Price :  ₹12,500 \n\t* Tags: red");
        assertEquals("Saree", details.title());
        assertEquals(Price.ofRupees(12_500), details.price());
        assertEquals(List.of("red"), details.tags());
    }

    @Test
    void hindiTitleIsKept() {
        ProductDetails details = parsed("Title: लाल बनारसी साड़ी\nPrice: ₹12,500\nCategory: साड़ी\nDescription: शुद्ध रेशम");
        assertEquals("लाल बनारसी साड़ी", details.title());
        assertEquals(List.of("साड़ी"), details.categories());
        assertEquals("शुद्ध रेशम", details.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"₹12,500", "Rs. 12,500", "12500/-", "INR 12500", "12,500.00"})
    void priceAcceptsIndianWritingStyles(String price) {
        assertEquals(Price.ofRupees(12_500), parsed("Title: Saree\nPrice: " + price).price());
    }

    @Test
    void titleMayContainAColon() {
        assertEquals("Saree: Wedding Edition", parsed("Title: Saree: Wedding Edition\nPrice: 100").title());
    }

    @Test
    void categoriesAndTagsAreTrimmedLowerCasedAndDeduplicated() {
        ProductDetails details = parsed("Title: Saree\nPrice: 100\nCategory: Saree, SILK,,saree\nTags: Wedding , RED, , wedding, banarasi,");
        assertEquals(List.of("saree", "silk"), details.categories());
        assertEquals(List.of("wedding", "red", "banarasi"), details.tags());
    }

    @Test
    void variantsWithSeveralValuesAreOrderedByAppearance() {
        ProductDetails details = parsed("Title: Kurti\nPrice: 899\nVariants: Size: S, M, L; Color: Red with Gold Border");
        assertEquals(List.of(
                new Variant("Size", "S", 0),
                new Variant("Size", "M", 1),
                new Variant("Size", "L", 2),
                new Variant("Color", "Red with Gold Border", 3)), details.variants());
    }

    @Test
    void variantTypesAreCapitalisedAndRepeatsIgnored() {
        ProductDetails details = parsed("Title: Kurti\nPrice: 899\nVariants: size: M, M; SIZE: M, L;; colour: red");
        assertEquals(List.of(
                new Variant("Size", "M", 0),
                new Variant("Size", "L", 1),
                new Variant("Colour", "red", 2)), details.variants());
    }

    @Test
    void longestAllowedValuesPass() {
        String tags = IntStream.rangeClosed(1, 30).mapToObj(i -> "tag" + i).collect(Collectors.joining(","));
        ProductDetails details = parsed("Title: " + "x".repeat(255) + "\nPrice: 100\nTags: " + tags
                + "\nCategory: " + "c".repeat(50) + "\nDescription: " + "d".repeat(4000));
        assertEquals(30, details.tags().size());
    }

    // --- captions that are refused ---

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " \n\t\r\n "})
    void emptyCaptionNeedsTitleAndPrice(String caption) {
        assertProblems(caption, TITLE_MISSING, PRICE_MISSING);
    }

    @Test
    void missingTitle() {
        assertProblems("Price: 12500\nCategory: saree", TITLE_MISSING);
    }

    @Test
    void missingPrice() {
        assertProblems("Title: Red Banarasi Silk Saree", PRICE_MISSING);
    }

    @Test
    void emptyTitleAndPriceLines() {
        assertProblems("Title:\nPrice:",
                "Title is empty — write a short name, like Red Banarasi Silk Saree.", PRICE_MISSING);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            abc        | Price: "abc" is not a price — write it in rupees, like 12500 or ₹12,500.
            12k        | Price: "12k" is not a price — write it in rupees, like 12500 or ₹12,500.
            0          | Price: "0" is not a price — the price must be more than ₹0.
            12500.555  | Price: "12500.555" has more than 2 digits after the decimal point — write paise like 12500.50.
            1,2,,500   | Price: "1,2,,500" has the commas in the wrong places — write it like 12,500 or 1,25,000.
            20000000   | Price: ₹2,00,00,000 is more than the ₹1,00,00,000 limit — check the number.
            """)
    void badPriceExplainsItself(String price, String problem) {
        assertProblems("Title: Saree\nPrice: " + price, problem);
    }

    @Test
    void unknownKeyIsNamed() {
        assertProblems("Title: Saree\nPrice: 100\nColour: red",
                "Line 3: I don't know \"Colour\" — each line should start with " + KEYS + ".");
    }

    @Test
    void duplicateKeyIsRefused() {
        assertProblems("Title: Saree\nPrice: 100\n\nPrice: 200",
                "Line 4: Price is given twice — keep only one Price line.");
    }

    @Test
    void synonymCountsAsTheSameKey() {
        assertProblems("Title: Saree\nName: Other Saree\nPrice: 100",
                "Line 2: Title is given twice — keep only one Title line.");
    }

    @Test
    void strayLineBeforeDescriptionIsRefused() {
        assertProblems("Title: Saree\nPrice: 100\nbeautiful red saree for weddings!",
                "Line 3: I don't understand \"beautiful red saree for weddings!\" — each line should start with "
                        + KEYS + ".");
    }

    @Test
    void longStrayLineIsShortenedInTheProblem() {
        assertProblems("Title: Saree\nPrice: 100\n" + "a".repeat(100),
                "Line 3: I don't understand \"" + "a".repeat(39) + "…\" — each line should start with " + KEYS + ".");
    }

    @Test
    void variantGroupWithoutTypeIsRefused() {
        assertProblems("Title: Saree\nPrice: 100\nVariants: Size: M; Red",
                "Variants: \"Red\" needs a type, like Color: Red");
    }

    @Test
    void variantTypeWithoutValueIsRefused() {
        assertProblems("Title: Saree\nPrice: 100\nVariants: Size: ,",
                "Variants: Size needs a value, like Size: Free Size");
    }

    @Test
    void tooLongVariantValueIsRefused() {
        assertProblems("Title: Saree\nPrice: 100\nVariants: Color: " + "r".repeat(101),
                "Variants: The variant value \"" + "r".repeat(39) + "…\" is longer than 100 characters — shorten it.");
    }

    @Test
    void tooLongTitleIsRefused() {
        assertProblems("Title: " + "x".repeat(256) + "\nPrice: 100",
                "Title is 256 characters long — keep it to 255 or fewer.");
    }

    @Test
    void tooManyTagsAreRefused() {
        String tags = IntStream.rangeClosed(1, 31).mapToObj(i -> "tag" + i).collect(Collectors.joining(", "));
        assertProblems("Title: Saree\nPrice: 100\nTags: " + tags, "Tags: that's 31 tags — keep it to 30 or fewer.");
    }

    @Test
    void tooManyCategoriesAreRefused() {
        String categories = IntStream.rangeClosed(1, 11).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        assertProblems("Title: Saree\nPrice: 100\nCategory: " + categories,
                "Category: that's 11 categories — keep it to 10 or fewer.");
    }

    @Test
    void tooLongTagIsRefused() {
        assertProblems("Title: Saree\nPrice: 100\nTags: red, " + "t".repeat(51),
                "Tags: \"" + "t".repeat(39) + "…\" is longer than 50 characters — shorten it.");
    }

    @Test
    void tooLongDescriptionIsRefused() {
        assertProblems("Title: Saree\nPrice: 100\nDescription: " + "d".repeat(3990) + "\n" + "d".repeat(20),
                "Description is 4011 characters long — keep it to 4000 or fewer.");
    }

    @Test
    void allProblemsAreCollectedAtOnce() {
        assertProblems("""
                Title:
                Price: 12k
                Colour: red
                hello
                Variants: Red
                Tags: a, b
                Price: 500
                Title: Second""",
                "Line 3: I don't know \"Colour\" — each line should start with " + KEYS + ".",
                "Line 4: I don't understand \"hello\" — each line should start with " + KEYS + ".",
                "Line 7: Price is given twice — keep only one Price line.",
                "Line 8: Title is given twice — keep only one Title line.",
                "Title is empty — write a short name, like Red Banarasi Silk Saree.",
                "Price: \"12k\" is not a price — write it in rupees, like 12500 or ₹12,500.",
                "Variants: \"Red\" needs a type, like Color: Red");
    }

    @Test
    void aControlCharacterIsRefusedByItsLineAndField() {
        assertProblems("Title: Saree\nPrice: 12\u00005\u000000",
                "Line 2 (Price) holds an invisible control character (U+0000) — delete the line and type it again.");
    }

    @Test
    void theLineIsNamedEvenWhenTheCharacterSplitsTheKey() {
        assertProblems("Title: Saree\nPri\u0007ce: 100",
                "Line 2 (Price) holds an invisible control character (U+0007) — delete the line and type it again.");
    }

    @Test
    void aLineContinuingTheDescriptionIsNamedAsDescription() {
        assertProblems("Title: Saree\nPrice: 100\nDescription: Soft.\nCare:\u001B dry clean",
                "Line 4 (Description) holds an invisible control character (U+001B) — delete the line and type it"
                        + " again.");
    }

    @Test
    void otherProblemsAreStillFoundWithoutEchoingTheCharacter() {
        // U+001F counts as whitespace for strip(): it must be seen before the line is trimmed
        assertProblems("\uFEFFTitle: Saree\nPrice: abc\u001F\nColour: red\n\u0000",
                "Line 1 (Title) holds an invisible byte-order mark (U+FEFF) — delete the line and type it again.",
                "Line 2 (Price) holds an invisible control character (U+001F) — delete the line and type it again.",
                "Line 3: I don't know \"Colour\" — each line should start with " + KEYS + ".",
                "Line 4 holds an invisible control character (U+0000) — delete the line and type it again.",
                "Price: \"abc\" is not a price — write it in rupees, like 12500 or ₹12,500.");
    }

    @Test
    void aBrokenEmojiIsRefused() {
        assertProblems("Title: Saree \uD83D\nPrice: 100",
                "Line 1 (Title) holds a broken character (U+D83D) — delete the line and type it again.");
    }

    @Test
    void joinersOfEmojiAndIndicScriptsAreKept() {
        String title = "क्\u200Dष साड़ी 👩\u200D👧 ❤\uFE0F";
        assertEquals(title, parsed("Title: " + title + "\nPrice: 100").title());
    }

    @Test
    void anEditWithAControlCharacterChangesNothing() {
        assertEquals(new EditResult.Rejected(List.of(
                        "Line 1 (Price) holds an invisible control character (U+0000) — delete the line and type it"
                                + " again.")),
                CaptionParser.parseEdit("Price: 100\u0000"));
    }

    // --- edits ---

    @Test
    void editWithOneFieldChangesOnlyThatField() {
        assertEquals(new EditResult.Parsed(ProductPatch.empty().withPrice(Price.ofRupees(13_500))),
                CaptionParser.parseEdit("Price: 13,500"));
    }

    @Test
    void editWithSeveralFields() {
        ProductPatch patch = patch("title: Festive Saree\nTags: Festive, Diwali\nDescription: Now with blouse piece.");
        assertEquals(Optional.of("Festive Saree"), patch.title());
        assertEquals(Optional.of(List.of("festive", "diwali")), patch.tags());
        assertEquals(Optional.of("Now with blouse piece."), patch.description());
        assertEquals(Optional.empty(), patch.price());
        assertEquals(Optional.empty(), patch.categories());
        assertEquals(Optional.empty(), patch.variants());
    }

    @Test
    void editCanClearTheDescriptionAndVariants() {
        ProductPatch patch = patch("Description:\nVariants:");
        assertEquals(Optional.of(""), patch.description());
        assertEquals(Optional.of(List.of()), patch.variants());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \n ")
    void editWithNothingToChangeIsRefused(String text) {
        assertEquals(new EditResult.Rejected(List.of("Nothing to change — send one or more lines like: Price: 13500")),
                CaptionParser.parseEdit(text));
    }

    @Test
    void editWithBadPriceIsRefused() {
        assertEquals(new EditResult.Rejected(List.of(
                        "Price: \"abc\" is not a price — write it in rupees, like 12500 or ₹12,500.")),
                CaptionParser.parseEdit("Title: Saree\nPrice: abc"));
    }

    @Test
    void editWithOnlyAStrayLineReportsThatLine() {
        assertEquals(new EditResult.Rejected(List.of(
                        "Line 1: I don't understand \"make it cheaper\" — each line should start with " + KEYS + ".")),
                CaptionParser.parseEdit("make it cheaper"));
    }

    // --- helpers ---

    private static ProductDetails parsed(String caption) {
        CaptionResult result = CaptionParser.parse(caption);
        if (result instanceof CaptionResult.Parsed parsed) {
            return parsed.details();
        }
        return fail("expected the caption to parse, got " + result);
    }

    private static ProductPatch patch(String text) {
        EditResult result = CaptionParser.parseEdit(text);
        if (result instanceof EditResult.Parsed parsed) {
            return parsed.patch();
        }
        return fail("expected the edit to parse, got " + result);
    }

    private static void assertProblems(String caption, String... problems) {
        assertEquals(new CaptionResult.Rejected(List.of(problems)), CaptionParser.parse(caption));
    }
}
