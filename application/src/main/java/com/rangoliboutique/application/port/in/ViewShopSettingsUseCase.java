package com.rangoliboutique.application.port.in;

import com.rangoliboutique.domain.settings.ShopSettings;

/** The owner's settings as they are now (for the bot's {@code /settings} and {@code /help}). */
public interface ViewShopSettingsUseCase {

    ShopSettings current();
}
