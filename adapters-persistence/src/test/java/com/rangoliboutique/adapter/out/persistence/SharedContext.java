package com.rangoliboutique.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/**
 * One Micronaut context for every database test of this module: they all need the same beans on the same test
 * database, so starting it once (and migrating once) instead of once per class saves a second or two per class.
 * Closed when the test JVM ends.
 */
final class SharedContext {

    private static ApplicationContext context;

    private SharedContext() {
    }

    static synchronized ApplicationContext get(Map<String, Object> properties) {
        if (context == null) {
            context = ApplicationContext.run(properties, "test");
            ApplicationContext started = context;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-test-context-close"));
        }
        return context;
    }
}
