package com.rangoliboutique.adapter.out.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code storage.*} for the local-disk store.
 *
 * @param dir           the folder web and worker share ({@code STORAGE_DIR})
 * @param secretKey     signs private links ({@code SECRET_KEY}); when blank a random secret kept in the folder
 * @param publicBaseUrl prefix of the links ({@code APP_URL}); blank gives relative links
 */
@ConfigurationProperties("storage")
record DiskStorageProperties(@Bindable(defaultValue = "./data/storage") String dir,
                             @Nullable String secretKey,
                             @Nullable String publicBaseUrl) {

    boolean hasSecretKey() {
        return secretKey != null && !secretKey.isBlank();
    }

    /** What every link starts with: {@code https://shop.example/media/}, or {@code /media/} without APP_URL. */
    String mediaBase() {
        return (publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "")) + "/media/";
    }
}
