package com.rangoliboutique.adapter.out.persistence;

import com.rangoliboutique.application.port.out.AuditLog;
import com.rangoliboutique.application.port.out.AuditLogContract;
import com.rangoliboutique.application.port.out.Images;
import com.rangoliboutique.application.port.out.ImagesContract;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.PieceMessagesContract;
import com.rangoliboutique.application.port.out.ProductSearch;
import com.rangoliboutique.application.port.out.ProductSearchContract;
import com.rangoliboutique.application.port.out.Products;
import com.rangoliboutique.application.port.out.ProductsContract;
import com.rangoliboutique.application.port.out.Settings;
import com.rangoliboutique.application.port.out.SettingsContract;
import com.rangoliboutique.application.port.out.Transactions;
import jakarta.inject.Inject;

/**
 * The PostgreSQL adapters keep the promises the use-case tests rely on when they run on the in-memory fakes
 * ({@code InMemoryDatabaseContractTest} runs the same contracts there). One context for all four ports.
 */
class JdbcAdaptersContractIT extends DatabaseIT
        implements ProductsContract, ImagesContract, AuditLogContract, SettingsContract, ProductSearchContract,
        PieceMessagesContract {

    @Inject
    Products products;
    @Inject
    Transactions transactions;
    @Inject
    Images images;
    @Inject
    AuditLog auditLog;
    @Inject
    Settings settings;
    @Inject
    ProductSearch productSearch;
    @Inject
    PieceMessages pieceMessages;

    @Override
    public Products products() {
        return products;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Images images() {
        return images;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public ProductSearch productSearch() {
        return productSearch;
    }

    @Override
    public PieceMessages pieceMessages() {
        return pieceMessages;
    }

    /** Rows past {@link PieceMessages#KEPT} are not read, and the next write deletes them. */
    @org.junit.jupiter.api.Test
    void messagesOlderThanNinetyDaysAreForgottenAtTheNextWrite() throws Exception {
        var product = products.add(com.rangoliboutique.domain.product.Product.draft(products.nextDressId(),
                com.rangoliboutique.domain.product.TestProducts.details(), CHAT));
        pieceMessages.remember(CHAT, 1, product.id());
        pieceMessages.remember(CHAT, 2, product.id());
        sql("UPDATE bot_messages SET written_at = now() - interval '91 days' WHERE message_id = 1");

        org.junit.jupiter.api.Assertions.assertTrue(pieceMessages.pieceOf(CHAT, 1).isEmpty(), "too old to be read");
        pieceMessages.remember(CHAT, 3, product.id());

        try (var c = TestInfrastructure.connect();
             var r = c.createStatement().executeQuery("SELECT message_id FROM bot_messages ORDER BY message_id")) {
            java.util.List<Integer> left = new java.util.ArrayList<>();
            while (r.next()) {
                left.add(r.getInt(1));
            }
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(2, 3), left);
        }
    }
}
