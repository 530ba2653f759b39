package com.rangoliboutique.imaging;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebpHeaderTest {

    @Test
    void theThreeChunkKindsTellTheirCanvasWithoutDecoding() {
        ByteBuffer lossless = riff("VP8L", 6).put((byte) 0x2F).putInt((900 - 1) | (1200 - 1) << 14).put((byte) 0);
        assertArrayEquals(new int[] {900, 1200}, WebpHeader.dimensions(lossless.array()).orElseThrow());

        ByteBuffer extended = riff("VP8X", 10).put((byte) 0).put(new byte[3]);
        extended.put((byte) 0xFF).put((byte) 0x3F).put((byte) 0).put((byte) 0x0F).put((byte) 0x27).put((byte) 0);
        assertArrayEquals(new int[] {16384, 10000}, WebpHeader.dimensions(extended.array()).orElseThrow());

        ByteBuffer lossy = riff("VP8 ", 10).put(new byte[] {0, 0, 0, (byte) 0x9D, 0x01, 0x2A})
                .putShort((short) 640).putShort((short) 480);
        assertArrayEquals(new int[] {640, 480}, WebpHeader.dimensions(lossy.array()).orElseThrow());
    }

    @Test
    void aCutOrUnknownHeaderTellsNothing() {
        assertTrue(WebpHeader.dimensions(riff("VP8L", 1).put((byte) 0x2F).array()).isEmpty());
        assertTrue(WebpHeader.dimensions(riff("ANIM", 10).put(new byte[10]).array()).isEmpty());
        assertTrue(WebpHeader.dimensions(new byte[3]).isEmpty());
    }

    private static ByteBuffer riff(String chunk, int dataLength) {
        ByteBuffer b = ByteBuffer.allocate(20 + dataLength).order(ByteOrder.LITTLE_ENDIAN);
        return b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + dataLength)
                .put(("WEBP" + chunk).getBytes(StandardCharsets.US_ASCII)).putInt(dataLength);
    }
}
