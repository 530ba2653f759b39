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
import java.util.TreeMap;
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

    private static Map<String, Object> compose() throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        return (Map<String, Map<String, Object>>) compose().get("services");
    }

    /** What compose makes of {@code ${NAME:-default}} and {@code $$} when .env sets nothing. */
    private static String withoutDotEnv(String value) {
        Matcher m = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(?::-([^}]*))?}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        }
        return m.appendTail(out).toString().replace("$$", "$");
    }

    private static Map<?, ?> env(Map<String, Object> service) {
        return (Map<?, ?>) service.get("environment");
    }

    private static String envValue(Map<String, Object> service, String name) {
        return withoutDotEnv(String.valueOf(env(service).get(name)));
    }

    @Test
    void everyServiceHasAnImageOrABuildFromOurDockerfiles() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertEquals(Set.of("postgres", "redis", "seaweedfs", "s3-setup", "migrate", "web", "worker"), services.keySet());
        assertTrue(String.valueOf(services.get("postgres").get("image")).startsWith("postgres:16."), "PostgreSQL 16");
        assertTrue(String.valueOf(services.get("redis").get("image")).startsWith("redis:7."), "Redis 7");
        for (String app : List.of("migrate", "web", "worker")) {
            Map<?, ?> build = (Map<?, ?>) services.get(app).get("build");
            assertEquals(".", build.get("context"), app);
            assertTrue(Files.isRegularFile(ROOT.resolve((String) build.get("dockerfile"))), app + "'s Dockerfile");
        }
        assertEquals(List.of("migrate"), services.get("migrate").get("command"), "the spec's release step");
    }

    @Test
    void everyImageIsPinnedToAVersionTag() throws IOException {
        Pattern pinned = Pattern.compile("[a-z0-9./-]+:\\d+\\.\\d+[A-Za-z0-9._-]*");
        Map<String, Map<String, Object>> services = services();
        for (var service : services.entrySet()) {
            Object image = service.getValue().get("image");
            if (image != null) {
                assertTrue(pinned.matcher((String) image).matches() && !((String) image).contains("latest"),
                        service.getKey() + " runs " + image + ": pin it to a version tag (major.minor at least)");
            }
        }
        for (String app : List.of("web-app", "worker-app")) {
            Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(Files.readString(ROOT.resolve(app).resolve("Dockerfile")));
            int bases = 0;
            while (from.find()) {
                bases++;
                assertTrue(from.group(1).matches("eclipse-temurin:17\\.0\\.\\d+(\\.\\d+)?_\\d+-(jdk|jre)"),
                        app + " is built on " + from.group(1) + ": pin the Temurin release (17.0.x_y-jdk / -jre)");
            }
            assertEquals(2, bases, app + ": a build stage and a runtime stage");
        }
    }

    @Test
    void theAppsAreConfiguredThroughDotEnvAndReachTheirNeighboursByServiceName() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : List.of("migrate", "web", "worker")) {
            Map<String, Object> service = services.get(app);
            assertEquals(".env", service.get("env_file"), app);
            assertEquals("postgres", URI.create(envValue(service, "DATABASE_URL")).getHost(), app);
            assertEquals("redis", URI.create(envValue(service, "REDIS_URL")).getHost(), app);
            assertEquals("", envValue(service, "S3_ENDPOINT_URL"), app + ": local disk unless .env names an S3 server");
            assertEquals("/app/storage", envValue(service, "STORAGE_DIR"), app);
            assertTrue(env(service).keySet().containsAll(List.of("S3_ACCESS_KEY", "S3_SECRET_KEY", "S3_BUCKET_NAME",
                    "S3_PUBLIC_URL")), app + " passes the S3 settings on for the s3 profile");
        }
        assertEquals("false", env(services.get("web")).get("MIGRATE_ON_START"), "the migrate step has done it");
    }

    @Test
    void webAndWorkerShareTheImageFilesOnANamedVolumeTheImagesOwn() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : List.of("web", "worker")) {
            assertEquals(List.of("storage:/app/storage"), services.get(app).get("volumes"), app);
            assertEquals("512m", services.get(app).get("mem_limit"), app + " runs in the 512 MB the JVM flags are sized for");
        }
        assertTrue(((Map<?, ?>) compose().get("volumes")).containsKey("storage"), "a named volume, kept across restarts");
        for (String app : List.of("web-app", "worker-app")) {
            String dockerfile = Files.readString(ROOT.resolve(app).resolve("Dockerfile"));
            assertTrue(dockerfile.contains("mkdir -p /app/storage && chown shop:shop /app/storage"),
                    app + ": a fresh volume takes the owner of the folder it is mounted on, so user shop can write");
        }
    }

    @Test
    void webAndWorkerStartOnlyAfterTheMigrationAndTheirServices() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : List.of("web", "worker")) {
            Map<?, ?> dependsOn = (Map<?, ?>) services.get(app).get("depends_on");
            assertEquals(Set.of("migrate", "redis", "s3-setup"), dependsOn.keySet(), app);
            assertEquals("service_completed_successfully", condition(dependsOn, "migrate"), app);
            assertEquals("service_healthy", condition(dependsOn, "redis"), app);
            assertEquals("service_completed_successfully", condition(dependsOn, "s3-setup"), app);
            assertEquals(false, ((Map<?, ?>) dependsOn.get("s3-setup")).get("required"),
                    app + " starts without the s3 profile too");
        }
        assertEquals("service_healthy", condition((Map<?, ?>) services.get("migrate").get("depends_on"), "postgres"));
        assertEquals("service_healthy", condition((Map<?, ?>) services.get("s3-setup").get("depends_on"), "seaweedfs"));
    }

    @Test
    void theS3ProfileLetsAnyoneReadPublicImagesAndNobodyReadDrafts() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> web = services.get("web");
        for (String s3 : List.of("seaweedfs", "s3-setup")) {
            assertEquals(List.of("s3"), services.get(s3).get("profiles"), s3 + " only with the s3 profile");
        }
        String bucket = envValue(web, "S3_BUCKET_NAME");
        Map<?, ?> config = (Map<?, ?>) ((Map<?, ?>) compose().get("configs")).get("seaweedfs-s3");
        Map<?, ?> iam = new Yaml(new SafeConstructor(new LoaderOptions())).load(withoutDotEnv((String) config.get("content")));
        Map<String, Map<?, ?>> identities = new TreeMap<>();
        for (Object identity : (List<?>) iam.get("identities")) {
            identities.put((String) ((Map<?, ?>) identity).get("name"), (Map<?, ?>) identity);
        }
        assertEquals(Set.of("shop", "anonymous"), identities.keySet());
        assertEquals(List.of("Read:" + bucket + "/public/*"), identities.get("anonymous").get("actions"),
                "anyone may read public/ and nothing else");
        assertEquals(List.of(Map.of("accessKey", envValue(web, "S3_ACCESS_KEY"), "secretKey", envValue(web, "S3_SECRET_KEY"))),
                identities.get("shop").get("credentials"), "the apps sign with the key SeaweedFS knows");
        Map<?, ?> server = services.get("seaweedfs");
        assertTrue(String.valueOf(server.get("command")).contains("-s3.config=/etc/seaweedfs/s3.json"));
        assertEquals("/etc/seaweedfs/s3.json", ((Map<?, ?>) ((List<?>) server.get("configs")).get(0)).get("target"));

        String setup = withoutDotEnv(String.valueOf(services.get("s3-setup").get("command")));
        assertEquals(bucket, envValue(services.get("s3-setup"), "S3_BUCKET_NAME"));
        assertEquals("http://seaweedfs:8333", envValue(services.get("s3-setup"), "S3"));
        assertTrue(setup.contains("anonymous \"$B/private/.setup-probe\")") && setup.contains("[ \"$code\" = 403 ] ||"),
                "the setup proves a draft is refused to anyone: " + setup);
        assertTrue(setup.contains("anonymous \"$B/public/.setup-probe\")") && setup.contains("[ \"$code\" = 200 ] && grep -q probe-public"),
                "the setup proves a public image is served to anyone: " + setup);
        assertTrue(setup.indexOf("<Status>Enabled</Status>") > setup.indexOf("DELETE"), "versioning on, after the probes are gone");
    }

    @Test
    void theDockerfilesBuildWithTheWrapperAndRunOnAJre17AsANonRootUserWithAHealthCheck() throws IOException {
        for (String app : List.of("web-app", "worker-app")) {
            String dockerfile = Files.readString(ROOT.resolve(app).resolve("Dockerfile"));
            assertTrue(dockerfile.contains("./mvnw"), app + " builds with the Maven wrapper");
            assertTrue(dockerfile.matches("(?s).*FROM eclipse-temurin:17[.0-9_]*-jdk AS build.*FROM eclipse-temurin:17[.0-9_]*-jre\n.*"),
                    app + " is multi-stage on a JRE 17");
            assertTrue(dockerfile.contains("USER shop") && dockerfile.contains("useradd"), app + " runs as non-root");
            assertTrue(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("/health"), app + " has a health check");
            assertTrue(dockerfile.contains("target/" + app + ".jar"), app + " runs its one jar");
        }
    }

    @Test
    void theJvmFlagsOfTheImagesAreSizedForA512MbContainer() throws IOException {
        for (String app : List.of("web-app", "worker-app")) {
            String dockerfile = Files.readString(ROOT.resolve(app).resolve("Dockerfile"));
            Matcher options = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
            assertTrue(options.find(), app + " sets JAVA_TOOL_OPTIONS");
            List<String> flags = List.of(options.group(1).split(" +"));
            Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(options.group(1));
            assertTrue(percent.find() && Integer.parseInt(percent.group(1)) <= 60,
                    app + ": the heap leaves room for metaspace, code, threads and buffers in 512 MB: " + flags);
            for (String bound : List.of("-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-XX:MaxDirectMemorySize=", "-Xss")) {
                assertTrue(flags.stream().anyMatch(f -> f.startsWith(bound)), app + " bounds " + bound + ": " + flags);
            }
            assertTrue(flags.stream().anyMatch(f -> f.matches("-XX:\\+Use(Serial|G1)GC")),
                    app + " names its collector (the JVM's choice depends on the container's size): " + flags);
            assertTrue(flags.contains("-XX:+ExitOnOutOfMemoryError"), app + " exits (and is restarted) on OOM");
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
