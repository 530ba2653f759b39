package com.rangoliboutique.adapter.in.queue;

import com.rangoliboutique.application.port.in.CheckHealthUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the worker to PostgreSQL and Redis at start-up (refusing to start when either is unreachable) and says so;
 * logs its stop when the process is told to end (SIGTERM).
 */
@Context
class WorkerLifecycle {

    static final String QUEUE = "ai-generation";
    private static final Logger LOG = LoggerFactory.getLogger(WorkerLifecycle.class);

    WorkerLifecycle(CheckHealthUseCase health, @Value("${redis.url}") String redisUrl) {
        CheckHealthUseCase.HealthReport report = health.check();
        if (!report.allUp()) {
            throw new IllegalStateException("The worker cannot reach what it needs: " + report.components());
        }
        LOG.info("Worker connected to PostgreSQL and Redis ({}); waiting for jobs on queue {}",
                redisUrl.replaceAll("//[^@/]*@", "//***@"), QUEUE);
    }

    @PreDestroy
    void stop() {
        LOG.info("Worker stopped: no job was running");
    }
}
