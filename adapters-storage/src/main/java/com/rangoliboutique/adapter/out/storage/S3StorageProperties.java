package com.rangoliboutique.adapter.out.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code storage.s3.*}: an S3-compatible store (MinIO, Cloudflare R2, AWS S3). Blank optional values count as absent.
 *
 * @param publicBucket when set, published copies go to this bucket and {@code bucket} stays wholly private (R2)
 * @param publicUrl    base of public URLs (CDN or r2.dev); default {@code endpoint/bucket}
 * @param region       default {@code auto} for R2 endpoints, else {@code us-east-1}
 * @param publicAcl    send {@code x-amz-acl: public-read} on public objects (false for R2, and for AWS buckets
 *                     with ACLs disabled)
 * @param pathStyle    {@code endpoint/bucket/key} addressing rather than {@code bucket.endpoint/key}
 */
@ConfigurationProperties("storage.s3")
record S3StorageProperties(String endpoint,
                           String accessKey,
                           String secretKey,
                           @Bindable(defaultValue = "rangoli-boutique") String bucket,
                           @Nullable String publicBucket,
                           @Nullable String publicUrl,
                           @Nullable String region,
                           @Bindable(defaultValue = "true") boolean publicAcl,
                           @Bindable(defaultValue = "true") boolean pathStyle) {

    boolean separatePublicBucket() {
        return !isBlank(publicBucket);
    }

    String bucketForPublic() {
        return separatePublicBucket() ? publicBucket : bucket;
    }

    String regionOrDefault() {
        if (!isBlank(region)) {
            return region;
        }
        return endpoint.contains(".r2.cloudflarestorage.com") ? "auto" : "us-east-1";
    }

    /** Public URLs are this base + "/" + {@code public/…} key. */
    String publicBase() {
        return isBlank(publicUrl) ? withoutTrailingSlash(endpoint) + "/" + bucketForPublic() : withoutTrailingSlash(publicUrl);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
