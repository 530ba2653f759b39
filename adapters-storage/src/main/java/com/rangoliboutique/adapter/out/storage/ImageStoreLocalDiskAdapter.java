package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

import static com.rangoliboutique.adapter.out.storage.StorageKeys.PRIVATE;
import static com.rangoliboutique.adapter.out.storage.StorageKeys.PUBLIC;

/**
 * Images in a folder ({@code STORAGE_DIR}, default {@code ./data/storage}) that web and worker of one local run share:
 * {@code private/…} and {@code public/…}. The web app serves them at {@code /media/…} through {@link #openLink}:
 * public files as they are, private ones only with an unexpired HMAC-SHA256 signature over {@code key|expires}.
 * Writes are atomic (temp file, then rename); the content type served follows the key's extension.
 */
@Singleton
@Requires(condition = S3Endpoint.Missing.class)
final class ImageStoreLocalDiskAdapter implements ImageStore {

    private static final Logger LOG = LoggerFactory.getLogger(ImageStoreLocalDiskAdapter.class);
    private static final String HMAC = "HmacSHA256";

    private final Path privateDir;
    private final Path publicDir;
    private final SecretKeySpec secret;
    private final String linkBase;

    ImageStoreLocalDiskAdapter(DiskStorageProperties properties) {
        Path root = Path.of(properties.dir()).toAbsolutePath().normalize();
        this.privateDir = root.resolve("private");
        this.publicDir = root.resolve("public");
        try {
            Files.createDirectories(privateDir);
            Files.createDirectories(publicDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the storage folder " + root, e);
        }
        String secretKey = properties.hasSecretKey() ? properties.secretKey() : folderSecret(root);
        this.secret = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), HMAC);
        this.linkBase = properties.mediaBase();
        LOG.info("Images are stored on local disk in {}", root);
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        write(privateDir.resolve(StorageKeys.requireValid(key)), bytes);
    }

    @Override
    public byte[] get(String key) {
        return read(privateDir.resolve(StorageKeys.requireValid(key)))
                .orElseThrow(() -> new NoSuchElementException("No stored image " + key));
    }

    @Override
    public void deleteAllOf(DressId dressId) {
        for (Path area : new Path[]{privateDir, publicDir}) {
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(area, Files::isDirectory)) {
                for (Path folder : folders) {
                    deleteTree(folder.resolve(StorageKeys.dressSegment(dressId)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the images of " + dressId, e);
            }
        }
    }

    @Override
    public String signedUrl(String key, Duration ttl) {
        StorageKeys.requireValid(key);
        long expires = Instant.now().plus(ttl).getEpochSecond();
        return linkBase + PRIVATE + key + "?expires=" + expires + "&signature=" + sign(key, expires);
    }

    @Override
    public String publish(String key) {
        write(publicDir.resolve(StorageKeys.requireValid(key)), get(key));
        return publicUrl(key);
    }

    @Override
    public String putPublic(String key, byte[] bytes, String contentType) {
        write(publicDir.resolve(StorageKeys.requireValid(key)), bytes);
        return publicUrl(key);
    }

    @Override
    public String publicUrl(String key) {
        return linkBase + PUBLIC + StorageKeys.requireValid(key);
    }

    @Override
    public String publicBaseUrl() {
        return linkBase + PUBLIC;
    }

    @Override
    public Optional<StoredObject> openLink(String path, String expires, String signature) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.startsWith(PUBLIC)) {
            return open(publicDir, path.substring(PUBLIC.length()));
        }
        if (path.startsWith(PRIVATE) && validSignature(path.substring(PRIVATE.length()), expires, signature)) {
            return open(privateDir, path.substring(PRIVATE.length()));
        }
        return Optional.empty();
    }

    private Optional<StoredObject> open(Path area, String key) {
        if (!StorageKeys.isValid(key)) {
            return Optional.empty();
        }
        return read(area.resolve(key)).map(bytes -> new StoredObject(bytes, StorageKeys.contentTypeOf(key)));
    }

    private boolean validSignature(String key, String expires, String signature) {
        if (!StorageKeys.isValid(key) || expires == null || signature == null || !expires.matches("[0-9]{1,12}")) {
            return false;
        }
        long expiresAt = Long.parseLong(expires);
        boolean genuine = MessageDigest.isEqual(sign(key, expiresAt).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        return genuine && Instant.now().getEpochSecond() <= expiresAt;
    }

    private String sign(String key, long expires) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal((key + "|" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Temp file in the same folder, then an atomic rename: readers see the old file or the new one, never half. */
    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".", ".part");
            try {
                Files.write(temp, bytes);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Without SECRET_KEY: one random secret per folder, so web and worker sharing the folder sign alike. */
    private static String folderSecret(Path root) {
        Path file = root.resolve(".secret");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Path temp = Files.createTempFile(root, ".secret", ".part");
                Files.writeString(temp, HexFormat.of().formatHex(random));
                try {
                    Files.createLink(file, temp); // atomic, and fails when the file exists
                } catch (FileAlreadyExistsException e) {
                    // the other app of this run was first: use its secret
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            LOG.warn("SECRET_KEY is not set: private image links are signed with the random secret in {}", file);
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
