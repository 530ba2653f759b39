package com.rangoliboutique.adapter.in.web;

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

/** {@code GET /health}: 200 when the database and Redis answer, 503 naming what does not. */
@Controller
public class HealthController {

    private final CheckHealthUseCase health;

    public HealthController(CheckHealthUseCase health) {
        this.health = health;
    }

    @Get(uri = "/health", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<Map<String, String>> health() {
        HealthReport report = health.check();
        return HttpResponse.status(report.allUp() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(report.summary());
    }
}
