package com.rangoliboutique.application.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Small pieces of state every web process shares and that expire by themselves (Redis): a chat's edit mode, the
 * parts of a photo album still arriving.
 */
public interface ShortLivedState {

    void put(String key, String value, Duration ttl);

    Optional<String> get(String key);

    void delete(String key);

    /** Appends to the list under {@code key} (its expiry renewed) and returns the list's new length. */
    long append(String key, String value, Duration ttl);

    List<String> list(String key);

    /** True for exactly one caller until {@code ttl} passes: who gets to do a one-off piece of work. */
    boolean claim(String key, Duration ttl);
}
