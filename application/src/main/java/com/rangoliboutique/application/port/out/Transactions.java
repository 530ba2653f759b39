package com.rangoliboutique.application.port.out;

import java.util.function.Supplier;

/** Runs a unit of work atomically: everything it stored is kept, or nothing is. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
