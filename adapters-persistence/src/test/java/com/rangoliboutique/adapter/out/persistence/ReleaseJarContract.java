package com.rangoliboutique.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What production runs: a release jar with no development database inside, small, one Jackson. */
public abstract class ReleaseJarContract {

    private final ReleaseJar jar = new ReleaseJar(releaseJar());

    /** The app's built jar, e.g. {@code target/web-app.jar}. */
    protected abstract Path releaseJar();

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
