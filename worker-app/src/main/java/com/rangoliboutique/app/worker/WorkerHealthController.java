package com.rangoliboutique.app.worker;

import com.rangoliboutique.application.port.in.CheckHealthUseCase;
import com.rangoliboutique.application.port.in.CheckHealthUseCase.HealthReport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;

/** {@code GET /health} on the worker's small management port, for container health checks. */
@Controller("/health")
class WorkerHealthController {

    private final CheckHealthUseCase health;

    WorkerHealthController(CheckHealthUseCase health) {
        this.health = health;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, String>> health() {
        HealthReport report = health.check();
        return HttpResponse.status(report.allUp() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(report.summary());
    }
}
