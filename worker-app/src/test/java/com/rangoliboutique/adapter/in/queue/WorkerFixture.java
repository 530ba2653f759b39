package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.adapter.out.ai.GeminiPeer;
import com.rangoliboutique.adapter.out.persistence.TestInfrastructure;
import com.rangoliboutique.adapter.out.storage.S3ProxyServer;
import com.rangoliboutique.adapter.out.telegram.TelegramPeer;
import com.rangoliboutique.application.port.in.GenerationJob;
import com.rangoliboutique.domain.image.AiStyle;
import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.domain.image.Image;
import com.rangoliboutique.domain.image.ImageKeys;
import com.rangoliboutique.domain.product.Product;
import com.rangoliboutique.domain.product.TestProducts;
import io.micronaut.context.ApplicationContext;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** The worker's real neighbours for end-to-end tests: PostgreSQL, Redis, S3Proxy, and Telegram and Gemini peers. */
final class WorkerFixture {

    static final long OWNER_CHAT = 555_000_111L;

    final TelegramPeer telegram = TelegramPeer.start();
    final GeminiPeer gemini = GeminiPeer.start();
    final String bucket = "worker-" + UUID.randomUUID().toString().substring(0, 8);

    /** Everything as Micronaut properties: fast retries so the tests run in seconds. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>(TestInfrastructure.properties());
        p.put("micronaut.server.port", -1);
        p.put("telegram.bot-token", telegram.token());
        p.put("telegram.api-url", telegram.baseUrl());
        p.put("ai.gemini.api-key", "test-gemini-key");
        p.put("ai.gemini.base-url", gemini.baseUrl());
        p.put("ai.gemini.retry-attempts", 1);
        p.put("storage.s3.endpoint", S3ProxyServer.endpoint());
        p.put("storage.s3.access-key", S3ProxyServer.ACCESS_KEY);
        p.put("storage.s3.secret-key", S3ProxyServer.SECRET_KEY);
        p.put("storage.s3.bucket", bucket);
        p.put("worker.retry-delays", "200ms,300ms,400ms");
        p.put("worker.progress-every", "100ms");
        p.put("worker.sweep-every", "500ms");
        p.put("worker.orphan-after", "2s");
        p.put("queue.visibility-timeout", "3s");
        return p;
    }

    /** The same settings as the environment variables a deployed worker jar reads. */
    Map<String, String> environment(int workerPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATABASE_URL", TestInfrastructure.databaseUrl());
        env.put("REDIS_URL", TestInfrastructure.redisUrl());
        env.put("WORKER_PORT", String.valueOf(workerPort));
        env.put("TELEGRAM_BOT_TOKEN", telegram.token());
        env.put("TELEGRAM_API_URL", telegram.baseUrl());
        env.put("GEMINI_API_KEY", "test-gemini-key");
        env.put("GEMINI_API_URL", gemini.baseUrl());
        env.put("GEMINI_RETRY_ATTEMPTS", "1");
        env.put("S3_ENDPOINT_URL", S3ProxyServer.endpoint());
        env.put("S3_ACCESS_KEY", S3ProxyServer.ACCESS_KEY);
        env.put("S3_SECRET_KEY", S3ProxyServer.SECRET_KEY);
        env.put("S3_BUCKET_NAME", bucket);
        env.put("WORKER_RETRY_DELAYS", "200ms,300ms,400ms");
        env.put("QUEUE_VISIBILITY_TIMEOUT", "3s");
        return env;
    }

    /** A draft as the bot makes it: product, original photo in storage, PENDING AI image. */
    static Draft draft(ApplicationContext context) {
        return draft(context, AiStyle.STUDIO);
    }

    /** A draft whose PENDING AI image is in {@code style} (as the Style button queues it). */
    static Draft draft(ApplicationContext context, AiStyle style) {
        Products products = context.getBean(Products.class);
        Images images = context.getBean(Images.class);
        ImageStore store = context.getBean(ImageStore.class);
        Product product = products.add(Product.draft(products.nextDressId(), TestProducts.details(), OWNER_CHAT));
        byte[] garment = garmentJpeg();
        String originalKey = ImageKeys.original(product.dressId(), 1);
        store.put(originalKey, garment, "image/jpeg");
        images.add(Image.original(product.id(), 1, originalKey));
        Image ai = images.add(Image.pendingAi(product.id(), 1, ImageKeys.ai(product.dressId(), 1), style));
        return new Draft(product, ai, garment, new GenerationJob(product.id(), ai.id(), originalKey, 1, 1, style));
    }

    record Draft(Product product, Image ai, byte[] garment, GenerationJob job) {
    }

    static byte[] garmentJpeg() {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(150, 20, 40));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(212, 175, 55));
        g.fillRect(0, 360, 300, 40);
        g.dispose();
        return encode(image, "jpg");
    }

    /** The garment's maroon as a model may turn it: brick red. */
    static final Color BRICK_RED = new Color(0xB5452A);

    /** A faithful AI photo of {@link #garmentJpeg()}: the maroon drape on a studio backdrop. */
    static byte[] modelPhotoPng() {
        return modelPhotoPng(new Color(150, 20, 40));
    }

    /** An AI photo whose drape came back {@code drape}. */
    static byte[] modelPhotoPng(Color drape) {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(245, 239, 230));
        g.fillRect(0, 0, 600, 800);
        g.setColor(drape);
        g.fillOval(200, 150, 200, 550);
        g.dispose();
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    void close() {
        telegram.close();
        gemini.close();
    }
}
