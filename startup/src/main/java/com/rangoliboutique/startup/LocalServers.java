package com.rangoliboutique.startup;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where a process that is given no {@code DATABASE_URL} or {@code REDIS_URL} finds a PostgreSQL and a Redis outside
 * production. The release jars ship none, so they refuse to start without both URLs; the {@code local-run} module
 * provides one (embedded servers shared by the web and the worker, README "Local run"), found through
 * {@link ServiceLoader} when its jar is on the class path.
 */
public interface LocalServers {

    /** The PostgreSQL of this local run, started or found; {@code env} is the process environment. */
    DatabaseUrl postgres(Map<String, String> env);

    /** The {@code redis://} URL of this local run's Redis, started or found. */
    String redis(Map<String, String> env);

    /** The provider on the class path, if any. */
    static Optional<LocalServers> installed() {
        return ServiceLoader.load(LocalServers.class).findFirst();
    }
}
