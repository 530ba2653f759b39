package com.rangoliboutique.application.port.out;

import java.util.Set;

/**
 * Committed changes to what buyers may see — made by this process, another one, or by hand in the database — told as
 * they happen, so that what is kept in memory can follow.
 */
public interface CatalogChanges {

    /**
     * Starts telling {@code listener}; returns once changes committed from now on will be told (as far as the
     * database can be reached: when it cannot, the listener hears {@link Listener#anythingMayHaveChanged()} once it
     * can again). Called once per process.
     */
    void listen(Listener listener);

    interface Listener {

        /** These products (by database id) or their variants or images changed, or were deleted. */
        void productsChanged(Set<Long> productIds);

        /** The shop settings changed. */
        void settingsChanged();

        /** Changes may have been missed (or were too many to name): read everything again. */
        void anythingMayHaveChanged();
    }
}
