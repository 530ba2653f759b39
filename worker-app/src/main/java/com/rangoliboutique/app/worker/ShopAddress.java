package com.rangoliboutique.app.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where buyers find the shop, as the web app serves it: the share cards' QR codes open its pages.
 *
 * @param url     {@code APP_URL}; blank = the web app on this machine
 * @param webPort the web app's {@code PORT}, for that blank case
 */
@ConfigurationProperties("shop")
record ShopAddress(@Bindable(defaultValue = "") String url, @Bindable(defaultValue = "8080") int webPort) {

    /** The address pages' URLs start with, without a trailing slash. */
    String address() {
        return url == null || url.isBlank() ? "http://localhost:" + webPort : url.strip().replaceAll("/+$", "");
    }
}
