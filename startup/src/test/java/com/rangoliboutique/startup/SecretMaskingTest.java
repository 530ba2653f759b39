package com.rangoliboutique.startup;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SecretMaskingTest {

    static final String TOKEN = "123456:ABCdef-secret-token-xyz";
    static final Map<String, String> ENV = Map.of(
            "TELEGRAM_BOT_TOKEN", TOKEN,
            "TELEGRAM_WEBHOOK_SECRET", "webhook-secret-1",
            "SECRET_KEY", "k".repeat(64),
            "S3_ACCESS_KEY", "AKIAEXAMPLEACCESS",
            "S3_SECRET_KEY", "s3/secret+key=value",
            "GEMINI_API_KEY", "AIzaGeminiKey123",
            "INTERNAL_API_KEY", "internal-key-42",
            "DATABASE_URL", "postgres://shop:db%40Pass-word@db.example.com:5432/shop",
            "REDIS_URL", "rediss://default:redis-pass-99@cache.example.com:6380/0");

    private final SecretMasking masking = new SecretMasking(ENV);

    @Test
    void masksEverySecretVariableWhereverItAppears() {
        for (String name : SecretMasking.SECRET_VARIABLES) {
            String secret = ENV.get(name);
            assertEquals("before *** after, *** again",
                    masking.mask("before " + secret + " after, " + secret + " again"), name);
        }
    }

    @Test
    void masksTheBotTokenAlsoInAUrlAndUrlEncoded() {
        assertEquals("POST https://api.telegram.org/bot***/getFile",
                masking.mask("POST https://api.telegram.org/bot" + TOKEN + "/getFile"));
        assertEquals("/telegram/webhook/***", masking.mask("/telegram/webhook/123456%3AABCdef-secret-token-xyz"));
    }

    @Test
    void masksThePasswordsOfTheDatabaseAndRedisUrlsDecodedOrNot() {
        assertEquals("postgres://shop:***@db.example.com:5432/shop", masking.mask(ENV.get("DATABASE_URL")));
        assertEquals("password=*** refused", masking.mask("password=db@Pass-word refused"));
        assertEquals("rediss://default:***@cache.example.com:6380/0", masking.mask(ENV.get("REDIS_URL")));
        SecretMasking userless = new SecretMasking(Map.of("REDIS_URL", "redis://:only-a-password@host:6379"));
        assertEquals("AUTH *** failed", userless.mask("AUTH only-a-password failed"));
    }

    @Test
    void leavesValuesShorterThanSixCharactersAlone() {
        SecretMasking shortOnes = new SecretMasking(Map.of("SECRET_KEY", "abc", "TELEGRAM_WEBHOOK_SECRET", "12345",
                "DATABASE_URL", "postgres://postgres:pg@localhost/x"));
        assertEquals("abc 12345 pg", shortOnes.mask("abc 12345 pg"));
    }

    @Test
    void aSecretContainingAnotherIsMaskedWhole() {
        SecretMasking nested = new SecretMasking(Map.of("SECRET_KEY", "abcdef", "S3_SECRET_KEY", "xx-abcdef-yy"));
        assertEquals("*** and ***", nested.mask("xx-abcdef-yy and abcdef"));
    }

    @Test
    void masksSignatureParametersOfLocalAndS3SignedUrls() {
        SecretMasking none = new SecretMasking(Map.of());
        assertEquals("/media/private/products/7/a.jpg?expires=1764000000&signature=***",
                none.mask("/media/private/products/7/a.jpg?expires=1764000000&signature=" + "ab".repeat(32)));
        assertEquals("https://s3.example.com/b/k.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=***"
                        + "&X-Amz-Date=20250101T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=***",
                none.mask("https://s3.example.com/b/k.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                        + "&X-Amz-Credential=AKIAEXAMPLE%2F20250101%2Fus-east-1%2Fs3%2Faws4_request"
                        + "&X-Amz-Date=20250101T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
                        + "&X-Amz-Signature=" + "0f".repeat(32)));
        assertEquals("GET /x?SIG=*** \"/y?sig=***\"", none.mask("GET /x?SIG=deadbeef \"/y?sig=cafe01\""));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        SecretMasking none = new SecretMasking(Map.of());
        String text = "signature check failed for design=blue; signatures=2 mysig=1 config={a=b}";
        assertEquals(text, none.mask(text));
        assertNull(masking.mask(null));
        assertEquals("", masking.mask(""));
    }
}
