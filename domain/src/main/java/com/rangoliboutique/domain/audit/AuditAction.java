package com.rangoliboutique.domain.audit;

public enum AuditAction {
    CREATE_DRAFT, PUBLISH, PUBLISH_ORIGINAL_ONLY, HIDE, UNHIDE, SOLD_OUT, DISCARD, REGENERATE_AI, EDIT, SET_RATE,
    SET_WHATSAPP, KEEP_ON_SALE
}
