package com.rangoliboutique.app.worker;

import com.rangoliboutique.adapter.out.persistence.ReleaseJar;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** target/worker-app.jar is what production runs: no development database inside, small, one Jackson. */
class ReleaseJarIT {

    private final ReleaseJar jar = new ReleaseJar(WorkerJarIT.WORKER);

    @Test
    void carriesNoEmbeddedDatabaseOrRedisServer() throws Exception {
        List<String> servers = jar.databaseServerEntries();
        assertEquals(List.of(), servers.subList(0, Math.min(servers.size(), 20)), jar + " carries a database server");
    }

    @Test
    void staysUnder45Megabytes() throws Exception {
        assertTrue(jar.size() < ReleaseJar.MAX_BYTES, jar + " is " + jar.size() + " bytes");
    }

    @Test
    void carriesOneJacksonVersion() throws Exception {
        Map<String, String> jackson = jar.jacksonVersions();
        assertFalse(jackson.isEmpty(), "the Maven metadata of Jackson was found in " + jar);
        assertEquals(1, new HashSet<>(jackson.values()).size(), "one Jackson version in " + jar + ": " + jackson);
    }
}
