package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.CheckHealthUseCase;
import com.rangoliboutique.application.port.out.HealthCheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class CheckHealthService implements CheckHealthUseCase {

    private final List<HealthCheck> checks;

    public CheckHealthService(List<HealthCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public HealthReport check() {
        Map<String, Boolean> components = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            components.put(check.component(), check.isUp());
        }
        return new HealthReport(components);
    }
}
