package com.rangoliboutique.resilience;

import redis.embedded.RedisServer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Redis of the test's own (a real server from the embedded-redis jar, nothing kept on disk) on a port chosen once:
 * it can be stopped and started again on that port, or lose its data ({@link #flushAll()}). Commands are sent over
 * RESP on a connection of their own, so the test needs no client library. Never the machine's shared Redis.
 */
final class OwnRedis implements AutoCloseable {

    private final int port;
    private RedisServer server;

    private OwnRedis(int port) {
        this.port = port;
    }

    static OwnRedis start(int port) {
        OwnRedis redis = new OwnRedis(port);
        redis.start();
        return redis;
    }

    synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("Redis is already running on port " + port);
        }
        try {
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
        } catch (IOException e) {
            server = null;
            throw new UncheckedIOException("could not start the test's Redis on port " + port, e);
        }
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the test's Redis on port " + port, e);
        } finally {
            server = null;
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Every key of every database gone, as when Redis restarts without persistence or is flushed by mistake. */
    void flushAll() {
        Object reply = call("FLUSHALL");
        if (!"OK".equals(reply)) {
            throw new IllegalStateException("FLUSHALL answered " + reply);
        }
    }

    long longReply(String... command) {
        return (Long) call(command);
    }

    @SuppressWarnings("unchecked")
    List<Object> listReply(String... command) {
        return (List<Object>) call(command);
    }

    /** One command on a connection of its own: a status or bulk reply as a String, an integer as a Long, an array as a List. */
    Object call(String... command) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("*" + command.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            for (String part : command) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
                request.writeBytes(bytes);
                request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(request.toByteArray());
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("Redis on port " + port + " did not answer " + String.join(" ", command), e);
        }
    }

    private static Object read(InputStream in) throws IOException {
        int type = in.read();
        String line = line(in);
        switch (type) {
            case '+':
                return line;
            case '-':
                throw new IllegalStateException("Redis refused: " + line);
            case ':':
                return Long.parseLong(line);
            case '$': {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    return null;
                }
                byte[] bytes = in.readNBytes(length + 2); // and its CRLF
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*': {
                int count = Integer.parseInt(line);
                if (count < 0) {
                    return null;
                }
                List<Object> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(read(in));
                }
                return items;
            }
            default:
                throw new IOException("not a RESP reply: " + (char) type + line);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\r'; ) {
            if (b < 0) {
                throw new EOFException("Redis closed the connection");
            }
            line.write(b);
        }
        in.read(); // '\n'
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        stop();
    }
}
