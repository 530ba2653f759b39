package com.rangoliboutique.adapter.out.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What one of our release jars carries, read from its entries: what a production image would ship. */
public final class ReleaseJar {

    /** The release target: a jar under 45 MB (10^6 bytes). */
    public static final long MAX_BYTES = 45_000_000L;

    /** Server binaries and the code that starts them: zonky's PostgreSQL archives, embedded-redis's binaries. */
    private static final Pattern DATABASE_SERVER = Pattern.compile(
            "(^|/)(postgres-[^/]*\\.txz|redis-server-[^/]*)$|^io/zonky/|^redis/embedded/"
                    + "|^META-INF/maven/(io\\.zonky\\.test[^/]*|com\\.github\\.codemonstur)/");

    private final Path jar;

    public ReleaseJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw verify from the root)");
        }
        this.jar = jar;
    }

    public long size() throws IOException {
        return Files.size(jar);
    }

    /** Entries that belong to an embedded database or Redis server; empty for a release jar. */
    public List<String> databaseServerEntries() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).filter(name -> DATABASE_SERVER.matcher(name).find()).toList();
        }
    }

    /** Every Jackson artifact in the jar ({@code group:artifact}) with its version, from its Maven metadata. */
    public Map<String, String> jacksonVersions() throws IOException {
        Map<String, String> versions = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().matches("META-INF/maven/com\\.fasterxml\\.jackson[^/]*/[^/]+/pom\\.properties")) {
                    Properties pom = new Properties();
                    try (InputStream in = zip.getInputStream(entry)) {
                        pom.load(in);
                    }
                    versions.put(pom.getProperty("groupId") + ":" + pom.getProperty("artifactId"),
                            pom.getProperty("version"));
                }
            }
        }
        return versions;
    }

    @Override
    public String toString() {
        return jar.toString();
    }
}
