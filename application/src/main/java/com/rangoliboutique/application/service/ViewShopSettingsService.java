package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.ViewShopSettingsUseCase;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.domain.settings.ShopSettings;

public final class ViewShopSettingsService implements ViewShopSettingsUseCase {

    private final Settings settings;

    public ViewShopSettingsService(Settings settings) {
        this.settings = settings;
    }

    @Override
    public ShopSettings current() {
        return settings.load();
    }
}
