package com.rangoliboutique.adapter.out.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class S3StoragePropertiesTest {

    private static S3StorageProperties s3(String endpoint, String publicBucket, String publicUrl, String region) {
        return new S3StorageProperties(endpoint, "ak", "sk", "drafts", publicBucket, publicUrl, region, true, true);
    }

    @Test
    void regionIsAutoForR2AndUsEast1Otherwise() {
        assertEquals("auto", s3("https://acct.r2.cloudflarestorage.com", null, null, null).regionOrDefault());
        assertEquals("us-east-1", s3("http://minio:9000", null, null, "").regionOrDefault());
        assertEquals("ap-south-1", s3("https://s3.ap-south-1.amazonaws.com", null, null, "ap-south-1").regionOrDefault());
    }

    @Test
    void publicBaseIsThePublicUrlWithoutTrailingSlash() {
        assertEquals("https://images.example.com", s3("http://minio:9000", null, "https://images.example.com/", null).publicBase());
    }

    @Test
    void publicBaseFallsBackToThePathStyleBucketUrl() {
        assertEquals("http://minio:9000/drafts", s3("http://minio:9000/", null, "", null).publicBase());
        assertEquals("http://minio:9000/shop", s3("http://minio:9000", "shop", null, null).publicBase());
    }
}
