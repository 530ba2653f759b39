package com.rangoliboutique.adapter.out.storage;

import com.rangoliboutique.application.port.out.ImageStore;
import com.rangoliboutique.domain.product.DressId;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.SetBucketPolicyArgs;
import io.minio.SourceObject;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.DeleteRequest;
import io.minio.messages.DeleteResult;
import io.minio.messages.Item;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.rangoliboutique.adapter.out.storage.StorageKeys.PRIVATE;
import static com.rangoliboutique.adapter.out.storage.StorageKeys.PUBLIC;

/**
 * Images in an S3-compatible bucket through the MinIO client (MinIO, Cloudflare R2, AWS S3). Drafts under
 * {@code private/}, read through presigned URLs; published copies under {@code public/} (server-side copy), readable
 * anonymously through a bucket policy covering {@code public/*} only and, where the server supports it, a
 * {@code public-read} ACL. With a separate public bucket (R2) published copies go there and the main bucket stays
 * wholly private. Public URLs are only ever built for {@code public/} keys, and start-up refuses a public URL base
 * that serves private objects.
 */
@Context // prepares the buckets, and refuses exposed drafts, at start-up rather than on first use
@Requires(condition = S3Endpoint.Configured.class)
final class ImageStoreS3Adapter implements ImageStore {

    private static final Logger LOG = LoggerFactory.getLogger(ImageStoreS3Adapter.class);
    private static final String PUBLIC_CACHE = "public, max-age=31536000, immutable";
    private static final Set<String> ACL_REFUSALS = Set.of("NotImplemented", "AccessControlListNotSupported");
    private static final String EXPOSURE_PROBE = PRIVATE + ".exposure-check";

    private final S3StorageProperties properties;
    private final MinioClient client;
    private final AtomicBoolean publicAcl;

    @Inject
    ImageStoreS3Adapter(S3StorageProperties properties) {
        this(properties, clientFor(properties));
    }

    /** With a client built by {@link #clientFor} (building one reads the SSL_CERT_FILE/DIR certificates: slow). */
    ImageStoreS3Adapter(S3StorageProperties properties, MinioClient client) {
        this.properties = properties;
        this.client = client;
        this.publicAcl = new AtomicBoolean(properties.publicAcl());
    }

    static MinioClient clientFor(S3StorageProperties properties) {
        MinioClient client = MinioClient.builder()
                .endpoint(properties.endpoint())
                .region(properties.regionOrDefault())
                .credentials(properties.accessKey(), properties.secretKey())
                .build();
        if (properties.pathStyle()) {
            client.disableVirtualStyleEndpoint();
        }
        return client;
    }

    /** Best effort: create missing buckets, allow anonymous reads of {@code public/*}; refuse exposed drafts. */
    @PostConstruct
    void prepareBuckets() {
        createIfMissing(properties.bucket());
        if (properties.separatePublicBucket()) {
            createIfMissing(properties.publicBucket());
        }
        allowAnonymousReadOfPublicPrefix(properties.bucketForPublic());
        refuseIfDraftsArePublic();
        LOG.info("Images are stored in S3 bucket {} at {}; public copies at {}",
                properties.bucket(), properties.endpoint(), properties.publicBase());
    }

    @PreDestroy
    void close() throws Exception {
        client.close();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        String object = PRIVATE + StorageKeys.requireValid(key);
        s3("put " + object, () -> client.putObject(PutObjectArgs.builder()
                .bucket(properties.bucket()).object(object).data(bytes, bytes.length)
                .contentType(contentType).headers(Map.of("Content-Disposition", "inline")).build()));
    }

    @Override
    public byte[] get(String key) {
        String object = PRIVATE + StorageKeys.requireValid(key);
        try (GetObjectResponse response = client.getObject(
                GetObjectArgs.builder().bucket(properties.bucket()).object(object).build())) {
            return response.readAllBytes();
        } catch (MinioException e) {
            if ("NoSuchKey".equals(errorCode(e))) {
                throw new NoSuchElementException("No stored image " + key);
            }
            throw failure("get " + object, e);
        } catch (IOException e) {
            throw new IllegalStateException("S3 get " + object + " failed", e);
        }
    }

    @Override
    public void deleteAllOf(DressId dressId) {
        deleteAllOf(dressId, properties.bucket(), PRIVATE);
        deleteAllOf(dressId, properties.bucketForPublic(), PUBLIC);
    }

    @Override
    public String signedUrl(String key, Duration ttl) {
        String object = PRIVATE + StorageKeys.requireValid(key);
        int seconds = (int) Math.max(1, (ttl.toMillis() + 999) / 1000);
        return s3("presign " + object, () -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Http.Method.GET).bucket(properties.bucket()).object(object)
                .expiry(seconds, TimeUnit.SECONDS).build()));
    }

    @Override
    public String publish(String key) {
        String source = PRIVATE + StorageKeys.requireValid(key);
        String contentType = s3("stat " + source, () -> client.statObject(
                StatObjectArgs.builder().bucket(properties.bucket()).object(source).build())).contentType();
        writePublic(key, acl -> client.copyObject(CopyObjectArgs.builder()
                .bucket(properties.bucketForPublic()).object(PUBLIC + key)
                .source(SourceObject.builder().bucket(properties.bucket()).object(source).build())
                .metadataDirective(Directive.REPLACE)
                .headers(publicHeaders(contentType, acl)).build()));
        return publicUrl(key);
    }

    @Override
    public String putPublic(String key, byte[] bytes, String contentType) {
        writePublic(StorageKeys.requireValid(key), acl -> client.putObject(PutObjectArgs.builder()
                .bucket(properties.bucketForPublic()).object(PUBLIC + key).data(bytes, bytes.length)
                .contentType(contentType).headers(publicHeaders(null, acl)).build()));
        return publicUrl(key);
    }

    @Override
    public String publicUrl(String key) {
        return properties.publicBase() + "/" + PUBLIC + StorageKeys.requireValid(key);
    }

    /** S3 serves its own URLs: there is nothing for the web app to serve. */
    @Override
    public String publicBaseUrl() {
        return properties.publicBase() + "/" + PUBLIC;
    }

    @Override
    public Optional<StoredObject> openLink(String path, String expires, String signature) {
        return Optional.empty();
    }

    private void deleteAllOf(DressId dressId, String bucket, String area) {
        List<DeleteRequest.Object> objects = new ArrayList<>();
        for (String folder : list(bucket, area, false)) {
            list(bucket, folder + StorageKeys.dressSegment(dressId) + "/", true)
                    .forEach(name -> objects.add(new DeleteRequest.Object(name)));
        }
        if (objects.isEmpty()) {
            return;
        }
        for (Result<DeleteResult.Error> result :
                client.removeObjects(RemoveObjectsArgs.builder().bucket(bucket).objects(objects).build())) {
            DeleteResult.Error error = s3("delete in " + bucket, result::get);
            throw new IllegalStateException("S3 could not delete " + error.objectName() + ": " + error.code());
        }
    }

    /** Object names under the prefix; not recursive: the sub-folders ({@code private/ai/}). */
    private List<String> list(String bucket, String prefix, boolean recursive) {
        List<String> names = new ArrayList<>();
        for (Result<Item> result : client.listObjects(
                ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(recursive).build())) {
            Item item = s3("list " + prefix, result::get);
            if (recursive != item.isDir()) {
                names.add(item.objectName());
            }
        }
        return names;
    }

    private Map<String, String> publicHeaders(String contentType, boolean acl) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.put("Content-Disposition", "inline");
        headers.put("Cache-Control", PUBLIC_CACHE);
        if (acl) {
            headers.put("x-amz-acl", "public-read");
        }
        return headers;
    }

    /** Writes with the public-read ACL; a server that refuses ACLs (R2, AWS with ACLs disabled) is asked once. */
    private void writePublic(String key, AclWrite write) {
        boolean acl = publicAcl.get();
        try {
            write.run(acl);
        } catch (MinioException e) {
            if (!acl || !ACL_REFUSALS.contains(errorCode(e))) {
                throw failure("write " + PUBLIC + key, e);
            }
            publicAcl.set(false);
            LOG.warn("S3 refuses object ACLs ({}): public objects are written without x-amz-acl; "
                    + "set S3_PUBLIC_ACL=false to skip this attempt", errorCode(e));
            s3("write " + PUBLIC + key, () -> {
                write.run(false);
                return null;
            });
        }
    }

    private void createIfMissing(String bucket) {
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                LOG.info("Created S3 bucket {}", bucket);
            }
        } catch (MinioException | RuntimeException e) { // the client reports an unreachable server as IllegalState
            LOG.warn("Could not check or create S3 bucket {}: {}", bucket, e.getMessage());
        }
    }

    private void allowAnonymousReadOfPublicPrefix(String bucket) {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Sid":"PublicImages","Effect":"Allow","Principal":{"AWS":["*"]},\
                "Action":["s3:GetObject"],"Resource":["arn:aws:s3:::%s/%s*"]}]}""".formatted(bucket, PUBLIC);
        try {
            client.setBucketPolicy(SetBucketPolicyArgs.builder().bucket(bucket).config(policy).build());
        } catch (MinioException | RuntimeException e) {
            LOG.warn("S3 bucket {} takes no bucket policy ({}): public images rely on object ACLs, a separate "
                    + "public bucket or the provider's public access settings", bucket, errorCode(e));
        }
    }

    /**
     * Drafts must never be readable through the public URL base, whatever the provider: a bucket made public as a
     * whole (R2 public access, a public-read bucket ACL) would serve {@code private/} too. A probe object tells.
     */
    private void refuseIfDraftsArePublic() {
        String token = UUID.randomUUID().toString();
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        String probeUrl = properties.publicBase() + "/" + EXPOSURE_PROBE;
        boolean exposed;
        try {
            client.putObject(PutObjectArgs.builder().bucket(properties.bucket()).object(EXPOSURE_PROBE)
                    .data(bytes, bytes.length).contentType("text/plain").build());
            exposed = anonymouslyReadable(probeUrl, token);
            client.removeObject(RemoveObjectArgs.builder().bucket(properties.bucket()).object(EXPOSURE_PROBE).build());
        } catch (MinioException | IOException | RuntimeException e) {
            LOG.warn("Could not check that private images stay private at {}: {}", probeUrl, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (exposed) {
            throw new IllegalStateException("Private images of bucket " + properties.bucket() + " are readable by "
                    + "anyone at " + properties.publicBase() + ". Make the bucket private and publish to a separate "
                    + "public bucket (S3_PUBLIC_BUCKET_NAME), with S3_PUBLIC_URL pointing at that bucket.");
        }
    }

    private static boolean anonymouslyReadable(String url, String token) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains(token);
    }

    private static <T> T s3(String what, S3Call<T> call) {
        try {
            return call.run();
        } catch (MinioException e) {
            throw failure(what, e);
        }
    }

    private static IllegalStateException failure(String what, MinioException e) {
        String code = errorCode(e);
        return new IllegalStateException("S3 " + what + " failed" + (code == null ? "" : ": " + code), e);
    }

    /** The S3 error code ({@code NoSuchKey}, {@code NotImplemented}, …), or null for a transport failure. */
    private static String errorCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponseException response) {
                return response.errorResponse().code();
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run() throws MinioException;
    }

    @FunctionalInterface
    private interface AclWrite {
        void run(boolean acl) throws MinioException;
    }
}
