package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Promotions;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Each change is checked by the domain, stored and audited from → to in one transaction. */
public final class UpdateShopSettingsService implements UpdateShopSettingsUseCase {

    private final Settings settings;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Promotions promotions;

    /** @param promotions the outbox: a changed number or name is in every channel post's order link */
    public UpdateShopSettingsService(Settings settings, AuditLog auditLog, Transactions transactions,
                                     Promotions promotions) {
        this.promotions = promotions;
        this.settings = settings;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @Override
    public ShopSettings changeUsdFxRate(long adminId, BigDecimal rate) {
        return change(adminId, AuditAction.SET_RATE, before -> before.withUsdFxRate(rate),
                s -> s.usdFxRate().toPlainString(), after -> settings.changeUsdFxRate(after.usdFxRate()));
    }

    @Override
    public ShopSettings changeWhatsappNumber(long adminId, String digits) {
        return change(adminId, AuditAction.SET_WHATSAPP, before -> before.withWhatsappNumber(digits),
                ShopSettings::whatsappNumber, after -> {
                    settings.changeWhatsappNumber(after.whatsappNumber());
                    promotions.everyPostChanged();
                });
    }

    @Override
    public ShopSettings changeShopName(long adminId, String name) {
        return change(adminId, AuditAction.SET_SHOP_NAME,
                before -> before.withIdentity(before.identity().withShopName(name)),
                s -> s.identity().shopName(), after -> {
                    settings.changeShopName(after.identity().shopName());
                    promotions.everyPostChanged();
                });
    }

    @Override
    public ShopSettings changeOwnerName(long adminId, String name) {
        return change(adminId, AuditAction.SET_OWNER_NAME,
                before -> before.withIdentity(before.identity().withOwnerName(name)),
                s -> s.identity().ownerName(), after -> {
                    settings.changeOwnerName(after.identity().ownerName());
                    promotions.everyPostChanged();
                });
    }

    @Override
    public ShopSettings changeTagline(long adminId, String tagline) {
        return change(adminId, AuditAction.SET_TAGLINE,
                before -> before.withIdentity(before.identity().withTagline(tagline)),
                s -> s.identity().tagline(), after -> settings.changeTagline(after.identity().tagline()));
    }

    /**
     * @param changed the settings with the new value (the domain refuses a value it cannot use)
     * @param value   the changed setting's value, for the audit entry
     * @param store   writes the changed setting
     */
    private ShopSettings change(long adminId, AuditAction action, UnaryOperator<ShopSettings> changed,
                                Function<ShopSettings, String> value, Consumer<ShopSettings> store) {
        return transactions.inTransaction(() -> {
            ShopSettings before = settings.load();
            ShopSettings after = changed.apply(before);
            store.accept(after);
            auditLog.record(AuditEntry.of(adminId, action, null, Map.of(
                    "from", value.apply(before), "to", value.apply(after))));
            return after;
        });
    }
}
