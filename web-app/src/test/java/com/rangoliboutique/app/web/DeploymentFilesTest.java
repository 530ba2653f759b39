package com.rangoliboutique.app.web;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs here, so docker-compose.yml, the Dockerfiles and .env.example are kept correct by reading
 * them: every service's image or build, environment and start order, and every variable the apps read.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void everyServiceHasAnImageOrABuildFromOurDockerfiles() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertEquals(Set.of("postgres", "redis", "minio", "minio-setup", "migrate", "web", "worker"), services.keySet());
        assertEquals("postgres:16", services.get("postgres").get("image"));
        assertEquals("redis:7", services.get("redis").get("image"));
        for (String app : List.of("migrate", "web", "worker")) {
            Map<?, ?> build = (Map<?, ?>) services.get(app).get("build");
            assertEquals(".", build.get("context"), app);
            assertTrue(Files.isRegularFile(ROOT.resolve((String) build.get("dockerfile"))), app + "'s Dockerfile");
        }
        assertEquals(List.of("migrate"), services.get("migrate").get("command"), "the spec's release step");
    }

    @Test
    void theAppsAreConfiguredThroughDotEnvAndReachTheirNeighboursByServiceName() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : List.of("migrate", "web", "worker")) {
            assertEquals(".env", services.get(app).get("env_file"), app);
            Map<?, ?> env = (Map<?, ?>) services.get(app).get("environment");
            assertEquals("postgres", URI.create(((String) env.get("DATABASE_URL")).replaceAll("\\$\\{[^}]*}", "x")).getHost(), app);
            assertEquals("redis", URI.create((String) env.get("REDIS_URL")).getHost(), app);
            assertEquals("minio", URI.create((String) env.get("S3_ENDPOINT_URL")).getHost(), app);
            assertTrue(env.containsKey("S3_ACCESS_KEY") && env.containsKey("S3_SECRET_KEY") && env.containsKey("S3_BUCKET_NAME"));
        }
        assertEquals("false", ((Map<?, ?>) services.get("web").get("environment")).get("MIGRATE_ON_START"),
                "the migrate step has done it");
    }

    @Test
    void webAndWorkerStartOnlyAfterTheMigrationAndTheirServices() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : List.of("web", "worker")) {
            Map<?, ?> dependsOn = (Map<?, ?>) services.get(app).get("depends_on");
            assertEquals("service_completed_successfully", condition(dependsOn, "migrate"), app);
            assertEquals("service_completed_successfully", condition(dependsOn, "minio-setup"), app);
            assertEquals("service_healthy", condition(dependsOn, "redis"), app);
        }
        assertEquals("service_healthy", condition((Map<?, ?>) services.get("migrate").get("depends_on"), "postgres"));
        assertEquals("service_healthy", condition((Map<?, ?>) services.get("minio-setup").get("depends_on"), "minio"));
        String setup = String.valueOf(services.get("minio-setup").get("command"));
        assertTrue(setup.contains("mc anonymous set download") && setup.contains("/public"),
                "anonymous read of the public prefix only: " + setup);
    }

    @Test
    void theDockerfilesBuildWithTheWrapperAndRunOnAJre17AsANonRootUserWithAHealthCheck() throws IOException {
        for (String app : List.of("web-app", "worker-app")) {
            String dockerfile = Files.readString(ROOT.resolve(app).resolve("Dockerfile"));
            assertTrue(dockerfile.contains("./mvnw"), app + " builds with the Maven wrapper");
            assertTrue(dockerfile.matches("(?s).*FROM eclipse-temurin:17-jdk AS build.*FROM eclipse-temurin:17-jre.*"),
                    app + " is multi-stage on a JRE 17");
            assertTrue(dockerfile.contains("USER shop") && dockerfile.contains("useradd"), app + " runs as non-root");
            assertTrue(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("/health"), app + " has a health check");
            assertTrue(dockerfile.contains("MaxRAMPercentage"), app + " sizes the heap for small containers");
            assertTrue(dockerfile.contains("target/" + app + ".jar"), app + " runs its one jar");
        }
    }

    @Test
    void dotEnvExampleListsEveryVariableTheAppsRead() throws IOException {
        Set<String> read = new TreeSet<>();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
        for (String app : List.of("web-app", "worker-app")) {
            Matcher m = placeholder.matcher(Files.readString(
                    ROOT.resolve(app).resolve("src/main/resources/application.yml")));
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        read.addAll(List.of("DATABASE_URL", "REDIS_URL", "APP_ENV", "DATA_DIR", "EMBEDDED_POSTGRES_PORT",
                "EMBEDDED_REDIS_PORT")); // read at launch, before the configuration files
        String example = Files.readString(ROOT.resolve(".env.example"));
        Set<String> missing = new TreeSet<>();
        for (String variable : read) {
            if (!Pattern.compile("(?m)^" + variable + "=").matcher(example).find()) {
                missing.add(variable);
            }
        }
        assertEquals(Set.of(), missing, ".env.example lacks these variables the apps read");
    }

    private static Object condition(Map<?, ?> dependsOn, String service) {
        return ((Map<?, ?>) dependsOn.get(service)).get("condition");
    }
}
