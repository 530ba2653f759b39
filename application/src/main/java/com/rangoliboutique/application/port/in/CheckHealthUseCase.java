package com.rangoliboutique.application.port.in;

import java.util.Map;

/** Whether this process can reach what it needs. */
public interface CheckHealthUseCase {

    HealthReport check();

    /** @param components component name → up, in a stable order */
    record HealthReport(Map<String, Boolean> components) {

        public HealthReport {
            components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
        }

        public boolean allUp() {
            return components.values().stream().allMatch(Boolean::booleanValue);
        }

        /** {@code {"status":"UP","db":"UP","redis":"DOWN"}}: the overall status first, then each component. */
        public Map<String, String> summary() {
            Map<String, String> summary = new java.util.LinkedHashMap<>();
            summary.put("status", word(allUp()));
            components.forEach((component, up) -> summary.put(component, word(up)));
            return summary;
        }

        private static String word(boolean up) {
            return up ? "UP" : "DOWN";
        }
    }
}
