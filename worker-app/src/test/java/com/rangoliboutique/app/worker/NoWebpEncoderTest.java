package com.rangoliboutique.app.worker;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The worker does not publish, so it carries no WebP encoder: neither the web app's adapter nor the library with its
 * native code is on its class path (the worker jar is at its size limit).
 */
class NoWebpEncoderTest {

    @Test
    void neitherTheWebpAdapterNorLibwebpIsOnTheWorkersClassPath() {
        ClassLoader loader = NoWebpEncoderTest.class.getClassLoader();
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.rangoliboutique.adapter.out.webp.WebpEncoderLibwebpAdapter", false, loader));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.luciad.imageio.webp.WebPWriter", false, loader));
    }
}
