package com.rangoliboutique.application.port.out;

import java.time.Duration;
import java.util.Optional;

/** Short-lived distributed locks (spec §5: {@code ai_gen:{image_id}}, 10 minutes). */
public interface JobLocks {

    /** The lock, or empty when someone else holds it. It expires by itself after {@code ttl}. */
    Optional<Lock> tryLock(String name, Duration ttl);

    /** Releases every lock this process still holds: on shutdown, once its unfinished jobs went back to the queue. */
    void releaseAll();

    interface Lock extends AutoCloseable {

        /** Releases the lock if this holder still owns it (never someone else's after expiry). */
        @Override
        void close();
    }
}
