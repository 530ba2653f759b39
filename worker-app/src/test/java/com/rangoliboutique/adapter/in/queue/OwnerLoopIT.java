package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.adapter.out.persistence.RunningJar;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageType;
import com.rangoliboutique.domain.product.DressId;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.ProductStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.rangoliboutique.adapter.in.queue.WorkerFixture.OWNER_CHAT;
import static com.rangoliboutique.adapter.in.queue.WorkerFixture.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner's whole loop, as deployed: the web-app jar receives a photo update from Telegram, the worker generates
 * the on-model photo and sends the preview card, the owner presses Approve, and the product and its photos are public.
 */
class OwnerLoopIT {

    private static final Path WEB = Path.of("..", "web-app", "target", "web-app.jar");
    private static final String SECRET = "loop-secret";
    private static final String CAPTION = "Title: Red Banarasi Silk Saree\\nPrice: 12500\\nCategory: saree\\n"
            + "Tags: wedding, red\\nVariants: Size: Free Size; Color: Red with Gold Border";

    @Test
    void photoToDraftToPreviewToApprovedAndPublic() throws Exception {
        WorkerFixture fixture = new WorkerFixture();
        fixture.gemini.alwaysReply(GeminiPeer.image(WorkerFixture.modelPhotoPng(), "image/png"));
        int webPort = TestInfrastructure.freePort();
        Map<String, String> env = fixture.environment(TestInfrastructure.freePort());
        env.put("PORT", String.valueOf(webPort));
        env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
        env.put("TELEGRAM_ADMIN_IDS", String.valueOf(OWNER_CHAT));
        try (RunningJar web = RunningJar.start(WEB, env);
             EmbeddedServer worker = ApplicationContext.run(EmbeddedServer.class, fixture.properties(), "test")) {
            web.awaitHttp("http://127.0.0.1:" + webPort + "/health", 200, Duration.ofSeconds(90));
            ApplicationContext shop = worker.getApplicationContext();
            String fileId = fixture.telegram.addFile(WorkerFixture.garmentJpeg());

            assertEquals(200, webhook(webPort, fixture.telegram, """
                    {"update_id": 700001, "message": {"message_id": 10, "date": 1764000000,
                      "from": {"id": %d, "is_bot": false, "first_name": "Poonam"},
                      "chat": {"id": %d, "type": "private"}, "caption": "%s",
                      "photo": [{"file_id": "%s", "file_unique_id": "u1", "width": 300, "height": 400, "file_size": 9000}]}}
                    """.formatted(OWNER_CHAT, OWNER_CHAT, CAPTION, fileId)));

            String created = fixture.telegram.awaitCalls("sendMessage", 1, Duration.ofSeconds(30)).get(0).param("text");
            assertTrue(created.startsWith("✅ Draft created: D-"), created);
            DressId dressId = DressId.parse(created.split("\n")[0].substring("✅ Draft created: ".length()));
            List<TelegramPeer.Call> card = fixture.telegram.awaitCalls("sendPhoto", 2, Duration.ofSeconds(60));
            Product draft = shop.getBean(Products.class).byDressId(dressId).orElseThrow();
            int cardId = lastMessageId(shop, draft);
            assertTrue(card.get(1).inlineKeyboard().stream().flatMap(List::stream)
                    .anyMatch(b -> b.callbackData().equals("approve:" + draft.id())));

            assertEquals(200, webhook(webPort, fixture.telegram, """
                    {"update_id": 700002, "callback_query": {"id": "cb1", "chat_instance": "1", "data": "approve:%d",
                      "from": {"id": %d, "is_bot": false, "first_name": "Poonam"},
                      "message": {"message_id": %d, "date": 1764000000, "chat": {"id": %d, "type": "private"}}}}
                    """.formatted(draft.id(), OWNER_CHAT, cardId, OWNER_CHAT)));

            await("PUBLISHED", Duration.ofSeconds(30), () ->
                    shop.getBean(Products.class).byId(draft.id()).orElseThrow().status() == ProductStatus.PUBLISHED);
            assertEquals("✅ PUBLISHED: " + dressId + "\nRed Banarasi Silk Saree",
                    fixture.telegram.awaitCalls("editMessageCaption", 1, Duration.ofSeconds(10)).get(0).param("caption"));
            HttpClient anonymous = HttpClient.newHttpClient();
            ImageStore store = shop.getBean(ImageStore.class);
            Map<ImageType, byte[]> published = new EnumMap<>(ImageType.class);
            for (Image image : shop.getBean(Images.class).ofProduct(draft.id())) {
                if (image.type() == ImageType.ORIGINAL || image.version() == 1) {
                    HttpResponse<byte[]> fetched = anonymous.send(HttpRequest.newBuilder(URI.create(image.url())).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, fetched.statusCode(), "anyone can fetch the published " + image.type());
                    assertArrayEquals(store.get(image.storageKey()), fetched.body(),
                            "the public " + image.type() + " is the photo stored for it");
                    published.put(image.type(), fetched.body());
                }
            }
            assertEquals(Set.of(ImageType.ORIGINAL, ImageType.AI_GENERATED), published.keySet(), "both photos public");
            BufferedImage original = ImageIO.read(new ByteArrayInputStream(published.get(ImageType.ORIGINAL)));
            assertEquals(List.of(300, 400), List.of(original.getWidth(), original.getHeight()), "the owner's photo");
            assertNotNull(ImageIO.read(new ByteArrayInputStream(published.get(ImageType.AI_GENERATED))), "a picture");
            assertFalse(Arrays.equals(published.get(ImageType.ORIGINAL), published.get(ImageType.AI_GENERATED)),
                    "the on-model photo is not the garment photo");
        } finally {
            fixture.close();
        }
    }

    private static int lastMessageId(ApplicationContext shop, Product draft) throws InterruptedException {
        await("the card's message id", Duration.ofSeconds(30),
                () -> shop.getBean(Products.class).byId(draft.id()).orElseThrow().telegramMessageId() != null);
        return shop.getBean(Products.class).byId(draft.id()).orElseThrow().telegramMessageId();
    }

    private static int webhook(int port, TelegramPeer telegram, String update) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/telegram/webhook/" + telegram.token()))
                        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
