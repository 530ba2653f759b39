package com.rangoliboutique.adapter.in.web;

import com.rangoliboutique.adapter.out.persistence.PostgresIT;
import com.rangoliboutique.adapter.out.telegram.TestImages;
import com.rangoliboutique.application.port.in.ChangeProductStatusCommand;
import com.rangoliboutique.application.port.in.ChangeProductStatusUseCase;
import com.rangoliboutique.application.port.in.CreateDraftUseCase;
import com.rangoliboutique.application.port.in.CreateDraftUseCase.CreateDraftCommand;
import com.rangoliboutique.application.port.in.FlushVisitCountsUseCase;
import com.rangoliboutique.application.port.in.PublishOriginalOnlyUseCase;
import com.rangoliboutique.application.port.in.SetSalePriceCommand;
import com.rangoliboutique.application.port.in.SetSalePriceUseCase;
import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Price;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductAction;
import com.rangoliboutique.domain.product.ProductDetails;
import com.rangoliboutique.domain.product.ProductStatus;
import com.rangoliboutique.domain.product.Variant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The catalog as a buyer on a phone sees it: Debian's Chromium, headless, driven by Debian's chromedriver through
 * Selenium, against the whole web app on real PostgreSQL and Redis, with products made by the owner's use cases.
 * Selenium Manager never runs (both binaries are given), so nothing is downloaded. Without Chromium the test is
 * skipped before the application starts. Screenshots land in {@code target/screenshots/}.
 */
@ExtendWith(CatalogBrowserIT.NeedsChromium.class)
@MicronautTest(environments = "test", transactional = false)
class CatalogBrowserIT extends PostgresIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final long OWNER = 111_111L;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String WHATSAPP = "https://wa.me/919876543210?text=";

    private static final String RED_SAREE = "Red Banarasi Silk Saree";
    private static final String EMERALD_SAREE = "Emerald Kanjivaram Saree";
    private static final String INDIGO_SAREE = "Indigo Block-Print Cotton Saree";
    private static final String ANARKALI = "Wine Anarkali Dress";
    private static final String SOLD_KURTA = "Mustard Chanderi Kurta Set";
    private static final String HIDDEN_SAREE = "Peacock Paithani Saree";
    private static final String DRAFT_SAREE = "Lavender Organza Saree";

    private static final Logger SELENIUM_CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port = freePort();
    private final String shopUrl = "http://localhost:" + port;

    @Inject
    CreateDraftUseCase createDraft;
    @Inject
    PublishOriginalOnlyUseCase review;
    @Inject
    ChangeProductStatusUseCase changeStatus;
    @Inject
    Products products;
    @Inject
    PageCache pageCache;
    @Inject
    UpdateShopSettingsUseCase shopSettings;
    @Inject
    SetSalePriceUseCase salePrices;
    @Inject
    RedisClient redis;
    @Inject
    FlushVisitCountsUseCase visitCounts;

    private Path storage;
    private Path profile;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private final Map<String, DressId> dressIds = new LinkedHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        if (storage == null) {
            storage = temporaryFolder("catalog-browser-storage");
        }
        Map<String, String> p = new LinkedHashMap<>(super.getProperties());
        p.put("micronaut.server.port", Integer.toString(port));
        p.put("shop.url", shopUrl);
        p.put("shop.public-requests-per-minute", "0");
        p.put("storage.dir", storage.toString());
        p.put("storage.secret-key", "catalog-browser-secret");
        p.put("storage.public-base-url", "");
        return p;
    }

    @BeforeAll
    void startChromium() throws IOException {
        SELENIUM_CDP_LOG.setLevel(Level.OFF); // "no CDP implementation matching 156": this test uses no CDP events
        profile = Files.createTempDirectory("catalog-browser-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
                // offline here: a tap's wa.me tab fails at once instead of waiting for a DNS answer
                "--host-resolver-rules=MAP wa.me ~NOTFOUND",
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT, "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                "width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 3.0, "mobile", true, "touch", true)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopChromium() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
            if (service != null) {
                service.stop();
            }
        } finally {
            if (redis != null) {
                redis.flushDB(); // the drafts' AI jobs: no worker here takes them
            }
            deleteTree(profile);
            deleteTree(storage);
        }
    }

    /**
     * Runs after the tables are emptied: five pieces a buyer may see (one sold out), one hidden and one draft. The
     * page cache would notice within a quarter of a second; it is cleared so no page of the previous test is served.
     */
    @BeforeEach
    void seedCatalog() {
        redis.flushDB(); // image ids restart with the tables: the last test's AI jobs would block this test's
        dressIds.clear();
        publish(RED_SAREE, 12_500, List.of("saree", "silk"),
                new Variant("Color", "Red with Gold Border", 0), new Variant("Color", "Green", 1));
        publish(EMERALD_SAREE, 18_900, List.of("saree", "silk"));
        publish(INDIGO_SAREE, 3_400, List.of("saree", "cotton"));
        publish(ANARKALI, 7_800, List.of("dress", "anarkali"),
                new Variant("Color", "Wine", 0), new Variant("Color", "Teal", 1),
                new Variant("Size", "S", 2), new Variant("Size", "M", 3), new Variant("Size", "L", 4));
        status(publish(SOLD_KURTA, 4_200, List.of("dress", "kurta"), new Variant("Size", "M", 0)),
                ProductAction.MARK_SOLD_OUT, ProductStatus.SOLD_OUT);
        status(publish(HIDDEN_SAREE, 15_000, List.of("saree", "silk")), ProductAction.HIDE, ProductStatus.HIDDEN);
        draft(DRAFT_SAREE, 6_900, List.of("saree"));
        pageCache.clear();
        logs(); // nothing from an earlier test counts
    }

    @Test
    void phoneCatalogShowsWhatIsForSaleWithSoldOutLastAndNoSidewaysScrolling() {
        open("/");

        assertEquals(List.of(ANARKALI, INDIGO_SAREE, EMERALD_SAREE, RED_SAREE, SOLD_KURTA), cardTitles(),
                "newest first, the sold-out piece after the available ones; hidden and draft pieces absent");
        assertEquals("5 pieces", text(By.cssSelector(".count")));
        List<WebElement> cards = driver.findElements(By.cssSelector("ul.grid li.card"));
        for (int i = 0; i < cards.size() - 1; i++) {
            assertTrue(cards.get(i).findElements(By.cssSelector(".badge.sold")).isEmpty(), cardTitles().get(i));
        }
        assertEquals("Sold out", cards.get(cards.size() - 1).findElement(By.cssSelector(".badge.sold")).getText());
        assertEquals("/d/" + dressIds.get(SOLD_KURTA).value(),
                cards.get(cards.size() - 1).findElement(By.tagName("a")).getDomAttribute("href"));
        String page = driver.getPageSource();
        for (String never : List.of(HIDDEN_SAREE, DRAFT_SAREE)) {
            assertFalse(page.contains(never), never + " is on the catalog page");
            assertFalse(page.contains(dressIds.get(never).value()), never + "'s dress id is on the catalog page");
            assertEquals(404, fetch("/d/" + dressIds.get(never).value()).statusCode(), never + "'s page");
        }
        assertEquals("false", driver.findElement(By.cssSelector("details.filter-panel")).getDomProperty("open"),
                "the filters start folded away on the plain catalog");
        assertFitsThePhone();
        assertNoConsoleErrors("catalog");
        screenshot("catalog");
    }

    @Test
    void filteringByCategoryAndPriceKeepsTheSelectionAndOffersToClearIt() {
        open("/");
        driver.findElement(By.cssSelector("details.filter-panel > summary")).click();
        new Select(driver.findElement(By.id("f-category"))).selectByValue("saree");
        driver.findElement(By.id("f-min")).sendKeys("5000");
        driver.findElement(By.id("f-max")).sendKeys("20000");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("category=saree"));

        Map<String, String> query = queryOf(driver.getCurrentUrl());
        assertEquals("saree", query.get("category"), driver.getCurrentUrl());
        assertEquals("5000", query.get("min"), driver.getCurrentUrl());
        assertEquals("20000", query.get("max"), driver.getCurrentUrl());
        assertEquals(List.of(EMERALD_SAREE, RED_SAREE), cardTitles(),
                "sarees from ₹5,000 to ₹20,000 only; the hidden ₹15,000 and the draft ₹6,900 sarees never");
        assertEquals("2 pieces", text(By.cssSelector(".count")));
        assertEquals("Pieces for you", text(By.tagName("h1")));

        assertFalse(query.containsKey("q") || query.containsKey("sort") || query.containsKey("color"),
                "empty fields stay out of the link: " + driver.getCurrentUrl());
        assertEquals("false", driver.findElement(By.cssSelector("details.filter-panel")).getDomProperty("open"),
                "on a phone the results come first");
        assertEquals("Filter and sort (2 on)", text(By.cssSelector("details.filter-panel > summary")));
        driver.findElement(By.cssSelector("details.filter-panel > summary")).click();
        assertEquals("saree", new Select(driver.findElement(By.id("f-category"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        assertEquals("5000", driver.findElement(By.id("f-min")).getDomProperty("value"));
        assertEquals("20000", driver.findElement(By.id("f-max")).getDomProperty("value"));
        WebElement clear = driver.findElement(By.linkText("Clear filters"));
        assertEquals("/", clear.getDomAttribute("href"));
        assertTrue(clear.isDisplayed());
        assertFitsThePhone();
        assertNoConsoleErrors("filtered catalog");
        screenshot("catalog-filtered");
    }

    @Test
    void aRenamedShopShowsOnAPhoneSizedPage() {
        shopSettings.changeShopName(1L, "Lakshmi & Co.");
        shopSettings.changeOwnerName(1L, "लक्ष्मी");
        shopSettings.changeTagline(1L, "Handloom from Jaipur");
        pageCache.clear();
        DressId dress = dressIds.get(RED_SAREE);

        open("/d/" + dress.value());

        assertEquals("Lakshmi & Co.", text(By.cssSelector("header.site a.brand")));
        assertEquals("Handloom from Jaipur", text(By.cssSelector("header.site .tagline")));
        assertEquals(RED_SAREE + " · Lakshmi & Co.", driver.getTitle());
        assertEquals(message(dress, "I want Dress " + dress + " from Lakshmi & Co.", "Not selected")
                .replace("Hi Poonam Jain,", "Hi लक्ष्मी,"), whatsAppText());
        assertFitsThePhone();
        assertNoConsoleErrors("renamed shop");
    }

    @Test
    void aSalePriceShowsStruckThroughWithItsBadgeAndTheFilterGoesByItOnAPhone() {
        DressId dress = dressIds.get(EMERALD_SAREE);
        salePrices.setSalePrice(SetSalePriceCommand.putOnSale(OWNER, dress, Price.ofRupees(14_900)));
        pageCache.clear();

        open("/?max=15000"); // ₹18,900, on sale at ₹14,900: the filter goes by what the buyer pays
        WebElement card = cardLink(EMERALD_SAREE).findElement(By.xpath("./ancestor::li[1]"));
        assertEquals("Sale", card.findElement(By.cssSelector(".badge.sale")).getText().strip());
        assertEquals("₹18,900", card.findElement(By.cssSelector("s.was")).getText().strip());
        assertEquals("₹14,900", card.findElement(By.cssSelector(".inr")).getText().strip());
        assertFitsThePhone();

        cardLink(EMERALD_SAREE).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(shopUrl + "/d/" + dress.value()));
        assertEquals("₹18,900", text(By.cssSelector("main s.was")));
        assertEquals("₹14,900", text(By.cssSelector("main .inr")));
        assertEquals("line-through", driver.findElement(By.cssSelector("main s.was"))
                .getCssValue("text-decoration-line"));
        assertFitsThePhone();
        assertNoConsoleErrors("sale price");
        screenshot("product-on-sale");
    }

    @Test
    void pickingAVariantWritesItIntoTheWhatsAppMessageExactlyAsTheServerDoes() {
        DressId dress = dressIds.get(RED_SAREE);
        open("/?category=saree&min=5000&max=20000");
        cardLink(RED_SAREE).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(shopUrl + "/d/" + dress.value()));
        assertNoConsoleErrors("product page");

        assertEquals(RED_SAREE, text(By.tagName("h1")));
        assertEquals(message(dress, "I want Dress " + dress + " from Rangoli Boutique.", "Not selected"),
                whatsAppText());
        assertFalse(driver.findElement(By.cssSelector("form.variants button.update")).isDisplayed(),
                "with JavaScript the link follows the select; the form's button is for browsers without it");
        assertEquals(List.of("Color"), variantLabels());

        new Select(driver.findElement(By.cssSelector("form.variants select"))).selectByVisibleText("Red with Gold Border");

        String href = orderHref();
        assertTrue(href.startsWith(WHATSAPP), href);
        assertEquals(message(dress, "I want Dress " + dress + " from Rangoli Boutique.", "Red with Gold Border"),
                whatsAppText());
        assertEquals("Hi Poonam Jain, I want Dress " + dress + " from Rangoli Boutique.\nVariant: Red with Gold Border"
                + "\nShip to: [your city, country]\nLink: " + shopUrl + "/d/" + dress, whatsAppText());
        assertEquals(serverOrderHref("/d/" + dress + "?Color=Red+with+Gold+Border"), href,
                "the script's link is byte for byte the one the page without JavaScript gets");
        assertEquals("Order on WhatsApp", text(By.id("order")));
        assertFitsThePhone();
        assertNoConsoleErrors("product page after picking a variant");
        screenshot("product");
    }

    @Test
    void aPieceWithTwoKindsOfVariantNamesBothInThePagesOrder() {
        DressId dress = dressIds.get(ANARKALI);
        open("/");
        cardLink(ANARKALI).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(shopUrl + "/d/" + dress.value()));

        assertEquals(List.of("Color", "Size"), variantLabels());
        new Select(driver.findElement(By.id("v-1"))).selectByVisibleText("M");
        assertEquals(message(dress, "I want Dress " + dress + " from Rangoli Boutique.", "Size: M"), whatsAppText());
        new Select(driver.findElement(By.id("v-0"))).selectByVisibleText("Wine");

        assertEquals(message(dress, "I want Dress " + dress + " from Rangoli Boutique.", "Color: Wine, Size: M"),
                whatsAppText());
        assertEquals(serverOrderHref("/d/" + dress + "?Color=Wine&Size=M"), orderHref());
        assertFitsThePhone();
        assertNoConsoleErrors("two-variant product page");
        screenshot("product-two-variants");
    }

    @Test
    void aSoldOutPieceAsksForASimilarOne() {
        DressId dress = dressIds.get(SOLD_KURTA);
        open("/");
        cardLink(SOLD_KURTA).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(shopUrl + "/d/" + dress.value()));

        assertTrue(text(By.cssSelector(".soldout-note")).startsWith("Sold out."), text(By.cssSelector(".soldout-note")));
        assertEquals("Ask about a similar piece on WhatsApp", text(By.id("order")));
        assertTrue(orderHref().startsWith(WHATSAPP), orderHref());
        assertEquals(message(dress, "Dress " + dress + " from Rangoli Boutique is sold out. Do you have a similar"
                + " piece?", "Not selected"), whatsAppText());
        assertFitsThePhone();
        assertNoConsoleErrors("sold-out product page");
        screenshot("product-sold-out");
    }

    /**
     * The enquiry list, as a buyer keeps it: Save on a catalog card and on a product page (kept in this browser only),
     * one piece sells out through the owner's own command, "My list (2)" opens the list with both — the sold-out one
     * marked — and its one WhatsApp message names both, exactly; un-saving on the list updates it. Without JavaScript
     * none of these controls shows, and the Share link is a plain wa.me link.
     */
    @Test
    void savingTwoPiecesOneSellingOutAsksAboutBothInOneWhatsAppMessage() {
        DressId red = dressIds.get(RED_SAREE);
        DressId emerald = dressIds.get(EMERALD_SAREE);
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/d/" + emerald.value());
            assertFalse(driver.findElement(By.cssSelector("button.save")).isDisplayed(), "no Save without JavaScript");
            assertFalse(driver.findElement(By.id("mylist")).isDisplayed(), "no My list without JavaScript");
            assertEquals("https://wa.me/?text=" + com.rangoliboutique.domain.catalog.WhatsAppOrder.encode(
                    EMERALD_SAREE + "\n" + shopUrl + "/d/" + emerald), shareHref());
            assertTrue(driver.findElement(By.id("share")).isDisplayed());
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        open("/");
        driver.executeScript("window.localStorage.clear()");
        driver.navigate().refresh();
        WebElement redSave = saveButton(cardLink(RED_SAREE).findElement(By.xpath("./ancestor::li[1]")));
        new WebDriverWait(driver, WAIT).until(d -> redSave.isDisplayed());
        assertEquals("false", redSave.getDomAttribute("aria-pressed"));
        assertFalse(driver.findElement(By.id("mylist")).isDisplayed(), "an empty list has no link");

        redSave.click();
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(redSave.getDomAttribute("aria-pressed")));
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("mylist")).isDisplayed());
        assertEquals("My list (1)", text(By.id("mylist")));
        assertFitsThePhone();
        screenshot("catalog-saved");

        cardLink(EMERALD_SAREE).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(shopUrl + "/d/" + emerald.value()));
        assertEquals("https://wa.me/?text=" + com.rangoliboutique.domain.catalog.WhatsAppOrder.encode(
                EMERALD_SAREE + "\n" + shopUrl + "/d/" + emerald), shareHref(), "the share link is unchanged");
        WebElement emeraldSave = driver.findElement(By.cssSelector(".details button.save"));
        new WebDriverWait(driver, WAIT).until(d -> emeraldSave.isDisplayed());
        assertEquals("false", emeraldSave.getDomAttribute("aria-pressed"));
        emeraldSave.click();
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(emeraldSave.getDomAttribute("aria-pressed")));
        assertEquals("My list (2)", text(By.id("mylist")));
        assertEquals("[\"" + red + "\",\"" + emerald + "\"]",
                driver.executeScript("return window.localStorage.getItem('rangoli-list')"), "kept in this browser");
        assertFitsThePhone();
        assertNoConsoleErrors("product page with Save and Share");
        screenshot("product-saved");

        status(products.byDressId(emerald).orElseThrow(), ProductAction.MARK_SOLD_OUT, ProductStatus.SOLD_OUT);
        pageCache.clear();

        driver.findElement(By.id("mylist")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(shopUrl + "/list?ids=" + red + "," + emerald));
        assertEquals("My list", text(By.tagName("h1")));
        assertEquals(List.of(RED_SAREE, EMERALD_SAREE), cardTitles());
        List<WebElement> cards = driver.findElements(By.cssSelector("ul.grid li.card"));
        assertTrue(cards.get(0).findElements(By.cssSelector(".badge.sold")).isEmpty(), "the red saree is for sale");
        assertEquals("Sold out", cards.get(1).findElement(By.cssSelector(".badge.sold")).getText().strip());
        assertEquals("₹12,500", cards.get(0).findElement(By.cssSelector(".inr")).getText().strip());
        for (WebElement card : cards) {
            WebElement save = saveButton(card);
            new WebDriverWait(driver, WAIT).until(d -> save.isDisplayed());
            assertEquals("true", save.getDomAttribute("aria-pressed"));
        }
        assertEquals("Ask about these 2 pieces on WhatsApp", text(By.id("enquire")));
        assertEquals("Hi Poonam Jain, I'm interested in these pieces from Rangoli Boutique:\n"
                + red + " " + RED_SAREE + " — " + shopUrl + "/d/" + red + "\n"
                + emerald + " " + EMERALD_SAREE + " (sold out) — " + shopUrl + "/d/" + emerald + "\n"
                + "Ship to: [your city, country]", enquiryText());
        assertEquals("robots", driver.findElement(By.cssSelector("meta[content=noindex]")).getDomAttribute("name"));
        assertFitsThePhone();
        assertNoConsoleErrors("enquiry list");
        screenshot("enquiry-list");

        saveButton(driver.findElements(By.cssSelector("ul.grid li.card")).get(0)).click(); // un-save the red saree
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(shopUrl + "/list?ids=" + emerald));
        assertEquals(List.of(EMERALD_SAREE), cardTitles());
        assertEquals("Ask about this piece on WhatsApp", text(By.id("enquire")));
        assertEquals("Hi Poonam Jain, I'm interested in these pieces from Rangoli Boutique:\n"
                + emerald + " " + EMERALD_SAREE + " (sold out) — " + shopUrl + "/d/" + emerald + "\n"
                + "Ship to: [your city, country]", enquiryText());
        assertEquals("My list (1)", text(By.id("mylist")));
        assertNoConsoleErrors("enquiry list after un-saving");
    }

    private String shareHref() {
        return driver.findElement(By.id("share")).getDomAttribute("href");
    }

    private static WebElement saveButton(WebElement card) {
        return card.findElement(By.cssSelector("button.save"));
    }

    /** The {@code text} of the list's WhatsApp link, decoded. */
    private String enquiryText() {
        String href = driver.findElement(By.id("enquire")).getDomAttribute("href");
        assertTrue(href.startsWith(WHATSAPP), href);
        String encoded = href.substring(WHATSAPP.length());
        assertFalse(encoded.contains("+") || encoded.contains("&") || encoded.contains(" "), encoded);
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /**
     * The order button reports a tap with its {@code ping} (the browser's own POST, with or without JavaScript)
     * while its link stays the wa.me link; the shop stores one tap. Offline the wa.me tab cannot load — only the
     * report to the shop matters here.
     */
    @Test
    void tappingTheOrderButtonReportsOneTapWithAndWithoutJavaScript() throws Exception {
        DressId anarkali = dressIds.get(ANARKALI);
        open("/d/" + anarkali.value());
        assertTrue(driver.findElement(By.cssSelector("form.variants")).getDomAttribute("class").contains("js"));
        assertEquals(serverOrderHref("/d/" + anarkali.value()), orderHref(), "the link is the server's, unchanged");
        assertEquals("/d/" + anarkali.value() + "/tap", driver.findElement(By.id("order")).getDomAttribute("ping"));
        tapOrder();
        assertEquals(1, awaitTaps(anarkali, 1));

        DressId red = dressIds.get(RED_SAREE);
        // without JavaScript (WebDriver's own click needs scripts: the tap is a mouse click sent through DevTools)
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/d/" + red.value());
            assertEquals("variants", driver.findElement(By.cssSelector("form.variants")).getDomAttribute("class"),
                    "no script ran");
            tapOrder();
            assertEquals(1, awaitTaps(red, 1));
        } finally {
            closeOtherTabs(driver.getWindowHandle());
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        assertEquals(1, awaitTaps(anarkali, 1), "still one tap for the first piece");
    }

    /**
     * Clicks the WhatsApp button as a finger would — a mouse press and release at its centre, through DevTools, so it
     * works with scripts off too — and closes the tab it opens (wa.me, which cannot load here).
     */
    @SuppressWarnings("unchecked")
    private void tapOrder() {
        String page = driver.getWindowHandle();
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object order = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", "#order"))
                .get("nodeId");
        driver.executeCdpCommand("DOM.scrollIntoViewIfNeeded", Map.of("nodeId", order));
        List<Number> quad = ((List<List<Number>>) driver.executeCdpCommand("DOM.getContentQuads",
                Map.of("nodeId", order)).get("quads")).get(0);
        double x = (quad.get(0).doubleValue() + quad.get(4).doubleValue()) / 2;
        double y = (quad.get(1).doubleValue() + quad.get(5).doubleValue()) / 2;
        for (String type : List.of("mousePressed", "mouseReleased")) {
            driver.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y,
                    "button", "left", "clickCount", 1));
        }
        new WebDriverWait(driver, WAIT).until(d -> d.getWindowHandles().size() > 1);
        closeOtherTabs(page);
    }

    private void closeOtherTabs(String page) {
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(page)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(page);
    }

    /** Flushes the counts until the piece's taps reach {@code expected} (the ping is sent asynchronously). */
    private long awaitTaps(DressId dress, long expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long taps;
        do {
            Thread.sleep(100);
            visitCounts.flush();
            taps = storedTaps(dress);
        } while (taps < expected && System.nanoTime() < deadline);
        Thread.sleep(300); // a second report would be here by now
        visitCounts.flush();
        return storedTaps(dress);
    }

    private static long storedTaps(DressId dress) throws java.sql.SQLException {
        try (java.sql.Connection c = com.rangoliboutique.adapter.out.persistence.TestInfrastructure.connect();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT coalesce(sum(s.taps), 0)"
                     + " FROM piece_daily_stats s JOIN products p ON p.id = s.product_id WHERE p.dress_id = ?")) {
            s.setString(1, dress.value());
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void everyPieceForSaleShowsItsPublishedPhoto() {
        open("/");
        List<WebElement> photos = driver.findElements(By.cssSelector("ul.grid li.card .frame img"));
        assertEquals(5, photos.size(), "cards without a photo: " + driver.findElements(
                By.cssSelector("ul.grid li.card .nophoto")).size() + " of " + cardTitles().size());
        for (WebElement photo : photos) {
            assertTrue(photo.getDomAttribute("src").startsWith("/media/public/"), photo.getDomAttribute("src"));
            assertLoaded(photo);
        }
        assertNoConsoleErrors("catalog with photos");

        open("/d/" + dressIds.get(RED_SAREE));
        WebElement photo = driver.findElement(By.cssSelector(".gallery img"));
        assertLoaded(photo);
        assertNoConsoleErrors("product page with its photo");
    }

    @Test
    void theFirstTabReachesSkipToContent() {
        open("/");
        new Actions(driver).sendKeys(Keys.TAB).perform();

        WebElement focused = driver.switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        assertEquals("#main", focused.getDomAttribute("href"));
        assertTrue(focused.getRect().getX() >= 0 && focused.getRect().getY() >= 0,
                "the focused skip link is on screen: " + focused.getRect());
        focused.sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("#main"), driver.getCurrentUrl());
        assertNoConsoleErrors("catalog, keyboard");
    }

    // ---- the catalog's contents, made the owner's way

    private Product publish(String title, long rupees, List<String> categories, Variant... variants) {
        Product draft = draft(title, rupees, categories, variants);
        Product published = review.publishOriginalOnly(OWNER, draft.id());
        assertEquals(ProductStatus.PUBLISHED, published.status());
        return published;
    }

    private Product draft(String title, long rupees, List<String> categories, Variant... variants) {
        ProductDetails details = new ProductDetails(title, "Hand-finished " + title.toLowerCase() + ".", categories,
                List.of("test"), Price.ofRupees(rupees), List.of(variants));
        Color colour = Color.getHSBColor(dressIds.size() / 7f, 0.55f, 0.75f);
        Product draft = createDraft.create(new CreateDraftCommand(OWNER, OWNER, details,
                List.of(TestImages.jpeg(300, 400, colour)))).product();
        dressIds.put(title, draft.dressId());
        return draft;
    }

    private void status(Product product, ProductAction action, ProductStatus expected) {
        changeStatus.change(new ChangeProductStatusCommand(OWNER, product.dressId(), action));
        assertEquals(expected, products.byId(product.id()).orElseThrow().status());
    }

    // ---- the browser

    private void open(String path) {
        driver.get(shopUrl + path);
    }

    private String text(By by) {
        return driver.findElement(by).getText().strip();
    }

    private List<String> cardTitles() {
        return driver.findElements(By.cssSelector("ul.grid li.card .title")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private WebElement cardLink(String title) {
        return driver.findElements(By.cssSelector("ul.grid li.card a")).stream()
                .filter(a -> a.findElement(By.cssSelector(".title")).getText().strip().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + title + " in " + cardTitles()));
    }

    private List<String> variantLabels() {
        return driver.findElements(By.cssSelector("form.variants label")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private String orderHref() {
        return driver.findElement(By.id("order")).getDomAttribute("href");
    }

    /** The {@code text} of the WhatsApp link, decoded. */
    private String whatsAppText() {
        String href = orderHref();
        assertTrue(href.startsWith(WHATSAPP), href);
        String encoded = href.substring(WHATSAPP.length());
        assertFalse(encoded.contains("+") || encoded.contains("&") || encoded.contains(" "), encoded);
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private String message(DressId dress, String opening, String variant) {
        return "Hi Poonam Jain, " + opening + "\nVariant: " + variant + "\nShip to: [your city, country]\nLink: "
                + shopUrl + "/d/" + dress;
    }

    private void assertLoaded(WebElement image) {
        image.getLocation(); // scrolled into view: lazy images load
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
    }

    private void assertFitsThePhone() {
        JavascriptExecutor js = driver;
        assertEquals(PHONE_WIDTH, ((Number) js.executeScript("return window.innerWidth")).intValue(),
                "the phone viewport");
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= PHONE_WIDTH, "the page scrolls sideways: " + scrollWidth + " px wide on a "
                + PHONE_WIDTH + " px phone (" + driver.getCurrentUrl() + ")");
    }

    /** Script errors, failed loads and Content-Security-Policy violations are SEVERE console entries. */
    private void assertNoConsoleErrors(String where) {
        List<LogEntry> severe = logs().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertTrue(severe.isEmpty(), "console errors on the " + where + ": " + severe);
    }

    private List<LogEntry> logs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The whole page at phone size, as {@code target/screenshots/<name>.png}. */
    @SuppressWarnings("unchecked")
    private void screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", PHONE_WIDTH, "height", size.get("height").doubleValue(), "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
            Files.write(SCREENSHOTS.resolve(name + "-screen.png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the page as a browser without JavaScript gets it

    private HttpResponse<String> fetch(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(shopUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverOrderHref(String path) {
        HttpResponse<String> response = fetch(path);
        assertEquals(200, response.statusCode(), path);
        Matcher order = Pattern.compile("<a class=\"whatsapp\" id=\"order\" href=\"([^\"]*)\"").matcher(response.body());
        assertTrue(order.find(), "no order link in " + path);
        return order.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Map<String, String> queryOf(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    // ---- housekeeping

    private static int freePort() {
        try {
            return com.rangoliboutique.adapter.out.persistence.TestInfrastructure.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * Skips the class, before the application or the browser starts, on a machine without Debian's Chromium and
     * chromedriver: the other tests need only a JDK.
     */
    static final class NeedsChromium implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
                if (!Files.isExecutable(binary)) {
                    String why = binary + " is missing: the browser test needs Debian's Chromium and chromedriver"
                            + " — apt-get install chromium chromium-driver";
                    LoggerFactory.getLogger(CatalogBrowserIT.class).warn("{} skipped: {}",
                            CatalogBrowserIT.class.getSimpleName(), why); // Maven lists no reason for a skipped class
                    assumeTrue(false, why);
                }
            }
        }
    }
}
