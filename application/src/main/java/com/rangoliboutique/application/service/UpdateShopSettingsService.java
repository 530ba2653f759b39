package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.UpdateShopSettingsUseCase;
import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.Transactions;
import com.rangoliboutique.domain.audit.AuditAction;
import com.rangoliboutique.domain.audit.AuditEntry;
import com.rangoliboutique.domain.settings.ShopSettings;

import java.math.BigDecimal;
import java.util.Map;

public final class UpdateShopSettingsService implements UpdateShopSettingsUseCase {

    private final Settings settings;
    private final AuditLog auditLog;
    private final Transactions transactions;

    public UpdateShopSettingsService(Settings settings, AuditLog auditLog, Transactions transactions) {
        this.settings = settings;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @Override
    public ShopSettings changeUsdFxRate(long adminId, BigDecimal rate) {
        return transactions.inTransaction(() -> {
            ShopSettings before = settings.load();
            ShopSettings after = new ShopSettings(rate, before.whatsappNumber());
            settings.changeUsdFxRate(after.usdFxRate());
            auditLog.record(AuditEntry.of(adminId, AuditAction.SET_RATE, null, Map.of(
                    "from", before.usdFxRate().toPlainString(), "to", after.usdFxRate().toPlainString())));
            return after;
        });
    }

    @Override
    public ShopSettings changeWhatsappNumber(long adminId, String digits) {
        return transactions.inTransaction(() -> {
            ShopSettings before = settings.load();
            ShopSettings after = new ShopSettings(before.usdFxRate(), digits);
            settings.changeWhatsappNumber(after.whatsappNumber());
            auditLog.record(AuditEntry.of(adminId, AuditAction.SET_WHATSAPP, null, Map.of(
                    "from", before.whatsappNumber(), "to", after.whatsappNumber())));
            return after;
        });
    }
}
