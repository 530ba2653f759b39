package com.rangoliboutique.application.port.out.inmemory;

import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.domain.product.DressId;

import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ImageStore} in memory: private and public objects kept apart, as on disk and in S3. Links are
 * {@code memory://…} addresses nothing serves ({@link #openLink} is always empty, as for S3). Can be made to refuse
 * writes, as a full disk or an unreachable S3 does.
 */
public final class InMemoryImageStore implements ImageStore {

    private final Map<String, StoredObject> privateObjects = new ConcurrentHashMap<>();
    private final Map<String, StoredObject> publicObjects = new ConcurrentHashMap<>();
    private volatile RuntimeException putFailure;
    private final java.util.concurrent.atomic.AtomicInteger writesBeforeFailure = new java.util.concurrent.atomic.AtomicInteger();

    /** From now on every write throws {@code failure}. */
    public void refuseWrites(RuntimeException failure) {
        refuseWritesAfter(0, failure);
    }

    /** The next {@code writes} writes succeed; every one after them throws {@code failure}. */
    public void refuseWritesAfter(int writes, RuntimeException failure) {
        writesBeforeFailure.set(writes);
        putFailure = failure;
    }

    /** The keys of the private objects, sorted. */
    public Set<String> privateKeys() {
        return new TreeSet<>(privateObjects.keySet());
    }

    /** A public object as stored, with its content type. */
    public Optional<StoredObject> publicObject(String key) {
        return Optional.ofNullable(publicObjects.get(key));
    }

    /** The keys of the public objects, sorted. */
    public Set<String> publicKeys() {
        return new TreeSet<>(publicObjects.keySet());
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        failIfRefusing();
        privateObjects.put(key, new StoredObject(bytes.clone(), contentType));
    }

    @Override
    public byte[] get(String key) {
        StoredObject object = privateObjects.get(key);
        if (object == null) {
            throw new NoSuchElementException("nothing stored under " + key);
        }
        return object.bytes().clone();
    }

    @Override
    public void deleteAllOf(DressId dressId) {
        String segment = "/" + dressId.value() + "/";
        privateObjects.keySet().removeIf(key -> key.contains(segment));
        publicObjects.keySet().removeIf(key -> key.contains(segment));
    }

    @Override
    public String signedUrl(String key, Duration ttl) {
        if (!privateObjects.containsKey(key)) {
            throw new NoSuchElementException("nothing stored under " + key);
        }
        return "memory://private/" + key + "?ttl=" + ttl.toSeconds();
    }

    @Override
    public String publish(String key) {
        failIfRefusing();
        StoredObject object = privateObjects.get(key);
        if (object == null) {
            throw new NoSuchElementException("nothing stored under " + key);
        }
        publicObjects.put(key, object);
        return publicUrl(key);
    }

    @Override
    public String putPublic(String key, byte[] bytes, String contentType) {
        failIfRefusing();
        publicObjects.put(key, new StoredObject(bytes.clone(), contentType));
        return publicUrl(key);
    }

    @Override
    public String publicUrl(String key) {
        return publicBaseUrl() + key;
    }

    @Override
    public String publicBaseUrl() {
        return "memory://public/";
    }

    @Override
    public Optional<StoredObject> openLink(String path, String expires, String signature) {
        return Optional.empty();
    }

    private void failIfRefusing() {
        RuntimeException failure = putFailure;
        if (failure != null && writesBeforeFailure.getAndDecrement() <= 0) {
            throw failure;
        }
    }
}
