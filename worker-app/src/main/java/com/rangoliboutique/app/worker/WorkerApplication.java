package com.rangoliboutique.app.worker;

import com.rangoliboutique.startup.Launch;
import com.rangoliboutique.startup.RequiredVariables;

import static com.rangoliboutique.startup.RequiredVariables.isSet;

/** The worker process: takes AI generation jobs from the {@code ai-generation} queue. */
public final class WorkerApplication {

    static final RequiredVariables PRODUCTION_NEEDS = new RequiredVariables()
            .require("DATABASE_URL", "the shop's PostgreSQL, postgres://user:pass@host:5432/db")
            .require("REDIS_URL", "the job queue, redis://user:pass@host:6379/0")
            .requireWhen("S3_ACCESS_KEY", "object storage credentials (S3_ENDPOINT_URL is set)",
                    isSet("S3_ENDPOINT_URL"))
            .requireWhen("S3_SECRET_KEY", "object storage credentials (S3_ENDPOINT_URL is set)",
                    isSet("S3_ENDPOINT_URL"))
            .requireWhen("S3_BUCKET_NAME", "the bucket holding the images (S3_ENDPOINT_URL is set)",
                    isSet("S3_ENDPOINT_URL"));

    private WorkerApplication() {
    }

    public static void main(String[] args) {
        Launch.start(WorkerApplication.class, args, PRODUCTION_NEEDS);
    }
}
