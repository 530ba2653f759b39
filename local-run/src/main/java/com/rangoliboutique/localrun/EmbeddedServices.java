package com.rangoliboutique.localrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Real PostgreSQL (16) and Redis binaries started from this jar, so a machine with only a JDK runs the product.
 * <p>
 * The web app and the worker of one local run share them: whichever process comes first starts them on fixed
 * loopback ports, the other finds them listening and connects. A file lock keeps two processes starting at the same
 * moment from both starting a server. The process that started a server stops it when it exits.
 */
final class EmbeddedServices {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);
    private static final String HOST = "127.0.0.1";

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;

    private EmbeddedServices() {
    }

    /** JDBC URL of the local PostgreSQL on {@code port}, data kept in {@code dataDir}; user and database postgres. */
    static synchronized String postgres(Path dataDir, int port) {
        withStartLock(dataDir.getParent(), () -> {
            if (listening(port)) {
                LOG.info("Using the embedded PostgreSQL another local process started on port {}", port);
                return;
            }
            LOG.info("No DATABASE_URL: starting an embedded PostgreSQL on port {} (data in {})", port, dataDir);
            try {
                Files.createDirectories(dataDir);
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL on port " + port, e);
            }
        });
        return "jdbc:postgresql://" + HOST + ":" + port + "/postgres";
    }

    /** Redis URL of the local Redis on {@code port} (nothing kept on disk). */
    static synchronized String redis(Path lockDir, int port) {
        withStartLock(lockDir, () -> {
            if (listening(port)) {
                LOG.info("Using the embedded Redis another local process started on port {}", port);
                return;
            }
            LOG.info("No REDIS_URL: starting an embedded Redis on port {}", port);
            try {
                redis = RedisServer.newRedisServer()
                        .port(port)
                        .bind(HOST)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                redis.start();
                RedisServer started = redis;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(started), "embedded-redis-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded Redis on port " + port, e);
            }
        });
        return "redis://" + HOST + ":" + port;
    }

    private static void withStartLock(Path dir, Runnable startOrAttach) {
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(".embedded-services.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                startOrAttach.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + dir + " to start the embedded services", e);
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopQuietly(RedisServer server) {
        try {
            server.stop();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not stop the embedded Redis: {}", e.toString());
        }
    }
}
