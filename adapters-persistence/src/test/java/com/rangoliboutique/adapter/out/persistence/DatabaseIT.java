package com.rangoliboutique.adapter.out.persistence;

import org.junit.jupiter.api.BeforeAll;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of this module's database tests: {@link PostgresIT}'s emptied database, and the module's beans injected into
 * the test's {@code @Inject} fields from one context that all these classes share (they need the same beans on the
 * same database, so one start and one migration serve them all).
 */
abstract class DatabaseIT extends PostgresIT {

    @BeforeAll
    void injectBeans() {
        Map<String, Object> properties = new LinkedHashMap<>(getProperties());
        SharedContext.get(properties).inject(this);
    }
}
