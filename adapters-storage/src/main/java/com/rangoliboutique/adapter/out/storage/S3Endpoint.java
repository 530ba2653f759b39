package com.rangoliboutique.adapter.out.storage;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * Chooses the one {@link com.rangoliboutique.application.port.out.ImageStore}: S3 when {@code storage.s3.endpoint}
 * ({@code S3_ENDPOINT_URL}) is non-blank, otherwise local disk.
 */
public final class S3Endpoint {

    private S3Endpoint() {
    }

    static boolean configured(ConditionContext<?> context) {
        return context.getProperty("storage.s3.endpoint", String.class).filter(value -> !value.isBlank()).isPresent();
    }

    /** An S3 endpoint is configured. */
    public static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return configured(context);
        }
    }

    /** No S3 endpoint: files live on local disk. */
    public static final class Missing implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return !configured(context);
        }
    }
}
