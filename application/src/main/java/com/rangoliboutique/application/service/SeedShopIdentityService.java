package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.SeedShopIdentityUseCase;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.settings.ShopIdentity;
import com.rangoliboutique.domain.settings.ShopSettings;

public final class SeedShopIdentityService implements SeedShopIdentityUseCase {

    private final Settings settings;
    private final Transactions transactions;

    public SeedShopIdentityService(Settings settings, Transactions transactions) {
        this.settings = settings;
        this.transactions = transactions;
    }

    @Override
    public ShopSettings seedIfAbsent(ShopIdentity fromEnvironment) {
        return transactions.inTransaction(() -> {
            settings.seedIdentity(fromEnvironment);
            return settings.load();
        });
    }
}
