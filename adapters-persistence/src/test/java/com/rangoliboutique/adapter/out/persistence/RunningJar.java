package com.rangoliboutique.adapter.out.persistence;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** One of our runnable jars started as its own process, as a deployment runs it, with its output captured. */
public final class RunningJar implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private RunningJar(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code java -jar jar} with exactly {@code env} added to a clean environment (PATH and JAVA_HOME kept), so
     * the developer's own DATABASE_URL or REDIS_URL never leak into a test.
     */
    public static RunningJar start(Path jar, Map<String, String> env, String... args) {
        requireBuilt(jar);
        return launch(List.of("-jar", jar.toString()), env, args);
    }

    /**
     * Starts {@code java -cp jars mainClass}, as the local run starts a release jar with the local-run jar beside it;
     * the environment as in {@link #start(Path, Map, String...)}.
     */
    public static RunningJar startMain(List<Path> jars, String mainClass, Map<String, String> env, String... args) {
        jars.forEach(RunningJar::requireBuilt);
        String classpath = String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
        return launch(List.of("-cp", classpath, mainClass), env, args);
    }

    private static void requireBuilt(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw verify from the root)");
        }
    }

    private static RunningJar launch(List<String> what, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m"));
        command.addAll(what);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> processEnv = builder.environment();
        processEnv.keySet().removeIf(k -> !k.equals("PATH") && !k.equals("JAVA_HOME") && !k.equals("HOME"));
        processEnv.putAll(env);
        try {
            return new RunningJar(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a line of output matches {@code regex}; fails with the whole output when it does not in time. */
    public String awaitLine(String regex, Duration timeout) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        Instant deadline = Instant.now().plus(timeout);
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (pattern.matcher(lines.get(seen)).find()) {
                        return lines.get(seen);
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0 || (!process.isAlive() && seen == lines.size())) {
                    throw new AssertionError("no line matching " + regex + " within " + timeout
                            + (process.isAlive() ? "" : " (the process ended)") + "; output:\n" + output());
                }
                lines.wait(Math.min(left, 200));
            }
        }
    }

    /** Polls {@code url} until it answers {@code status}; returns the body. */
    public String awaitHttp(String url, int status, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == status) {
                    return response.body();
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " did not answer " + status + " (last: " + last + "); output:\n" + output());
    }

    /** Sends SIGTERM, as a container runtime does, and waits for the exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.toHandle().destroy(); // unlike Process.destroy(), keeps reading what the process says while it stops
        return awaitExit(timeout);
    }

    /** SIGKILL: the process dies on the spot, as in a crash or an out-of-memory kill. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within " + timeout + "; output:\n" + output());
        }
        reader.join(5_000); // the last lines the process wrote
        return process.exitValue();
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
