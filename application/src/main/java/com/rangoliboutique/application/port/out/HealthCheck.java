package com.rangoliboutique.application.port.out;

/** One backing service the process needs (database, Redis…). */
public interface HealthCheck {

    /** Short lower-case name shown in the health report, e.g. {@code db}. */
    String component();

    /** True when the service answered a trivial request just now. Never throws. */
    boolean isUp();
}
