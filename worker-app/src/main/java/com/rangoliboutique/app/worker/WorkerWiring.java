package com.rangoliboutique.app.worker;

import com.rangoliboutique.application.port.in.CheckHealthUseCase;
import com.rangoliboutique.application.port.out.HealthCheck;
import com.rangoliboutique.application.service.CheckHealthService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/** Assembles the application's plain-Java services from the adapters' port beans. */
@Factory
class WorkerWiring {

    @Singleton
    CheckHealthUseCase checkHealth(List<HealthCheck> checks) {
        return new CheckHealthService(checks.stream().sorted(Comparator.comparing(HealthCheck::component)).toList());
    }
}
