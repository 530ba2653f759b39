package com.rangoliboutique.adapter.out.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * This process's stand-in for the Redis keys of {@link RateLimitsRedisAdapter} and {@link ShortLivedStateRedisAdapter} while Redis
 * is away: the same operations with the same expiry, in memory, bounded ({@value #MAX_KEYS} keys: past that the
 * expired ones go, then the ones closest to expiring).
 */
final class LocalMemory {

    static final int MAX_KEYS = 100_000;

    private record Entry(Object value, long expiresAt) {
    }

    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new HashMap<>();

    LocalMemory() {
        this(System::nanoTime);
    }

    LocalMemory(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** INCRBY with the expiry set by the first count; returns the new count and the time left. */
    synchronized long[] increment(String key, long by, Duration window) {
        long now = nanoTime.getAsLong();
        Entry entry = live(key, now);
        long count = (entry == null ? 0 : (Long) entry.value()) + by;
        long expiresAt = entry == null ? now + window.toNanos() : entry.expiresAt();
        put(key, new Entry(count, expiresAt), now);
        return new long[] {count, Math.max(0, expiresAt - now)};
    }

    /** SET NX PX: true when the key was not there. */
    synchronized boolean setIfAbsent(String key, String value, Duration ttl) {
        long now = nanoTime.getAsLong();
        if (live(key, now) != null) {
            return false;
        }
        put(key, new Entry(value, now + ttl.toNanos()), now);
        return true;
    }

    synchronized boolean contains(String key) {
        return live(key, nanoTime.getAsLong()) != null;
    }

    synchronized void set(String key, String value, Duration ttl) {
        long now = nanoTime.getAsLong();
        put(key, new Entry(value, now + ttl.toNanos()), now);
    }

    synchronized Optional<String> get(String key) {
        Entry entry = live(key, nanoTime.getAsLong());
        return entry != null && entry.value() instanceof String text ? Optional.of(text) : Optional.empty();
    }

    synchronized void delete(String key) {
        entries.remove(key);
    }

    /** RPUSH + PEXPIRE; returns the list's new length. */
    @SuppressWarnings("unchecked")
    synchronized long append(String key, String value, Duration ttl) {
        long now = nanoTime.getAsLong();
        Entry entry = live(key, now);
        List<String> list = entry != null && entry.value() instanceof List<?> l
                ? new ArrayList<>((List<String>) l) : new ArrayList<>();
        list.add(value);
        put(key, new Entry(List.copyOf(list), now + ttl.toNanos()), now);
        return list.size();
    }

    @SuppressWarnings("unchecked")
    synchronized List<String> list(String key) {
        Entry entry = live(key, nanoTime.getAsLong());
        return entry != null && entry.value() instanceof List<?> l ? (List<String>) l : List.of();
    }

    synchronized int size() {
        return entries.size();
    }

    private Entry live(String key, long now) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now <= 0) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    private void put(String key, Entry entry, long now) {
        if (entries.size() >= MAX_KEYS && !entries.containsKey(key)) {
            entries.values().removeIf(e -> e.expiresAt() - now <= 0);
            while (entries.size() >= MAX_KEYS) {
                String soonest = null;
                long soonestAt = Long.MAX_VALUE;
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    if (soonest == null || e.getValue().expiresAt() - soonestAt < 0) {
                        soonest = e.getKey();
                        soonestAt = e.getValue().expiresAt();
                    }
                }
                entries.remove(soonest);
            }
        }
        entries.put(key, entry);
    }
}
