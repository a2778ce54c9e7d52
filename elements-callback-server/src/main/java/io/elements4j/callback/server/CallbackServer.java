package io.elements4j.callback.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.elements4j.client.Elements;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.callback.CallbackRefusal;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A callback receiver for host apps without a web stack, on the JDK's own HTTP server: it takes the vendor's POSTs
 * on one path and hands each to {@link Elements#receiveCallback} with the path and query it arrived at (which name
 * its draft), and the facade verifies it, reads it and ends the waits for its task or its draft. A Spring app uses
 * the starter's endpoint instead.
 *
 * <pre>{@code
 * try (CallbackServer server = CallbackServer.builder(elements).port(8080).path("/elements/callbacks").start()) {
 *     // give the vendor callback URLs under https://your-host/elements/callbacks
 * }
 * }</pre>
 *
 * <p>It listens on loopback unless told otherwise ({@link Builder#bindAddress}): it speaks plain HTTP, and Evolink
 * calls back only over https, so in production it sits behind a TLS-terminating proxy on the same machine. Its
 * answers: {@code 204} for a callback accepted, {@code 401} for a signature refused, {@code 400} for a body that is
 * not the vendor's, {@code 413} for a body over the limit (refused by its declared length, or after reading one byte
 * past the limit, never read whole), {@code 404} for another path, {@code 405} for another method. The vendor retries what is not 2xx, so a callback lost to a refused answer can still arrive again.
 */
public final class CallbackServer implements AutoCloseable {

    /** The path used when none is given. */
    public static final String DEFAULT_PATH = "/elements/callbacks";
    /** The largest body taken when no limit is given: 1 MiB (a callback is a few kilobytes). */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads;
    private final String path;
    private final Elements elements;
    private final int maxBodyBytes;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    /** Exchanges being handled; {@link #close()} waits on it. */
    private final Object idle = new Object();

    private int inFlight;

    private CallbackServer(Builder builder) throws IOException {
        this.elements = builder.elements;
        this.path = builder.path;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.server = HttpServer.create(new InetSocketAddress(builder.bindAddress, builder.port), 64);
        this.threads = Executors.newFixedThreadPool(builder.threads, runnable -> {
            Thread thread = new Thread(runnable, "elements4j-callbacks");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts configuring a receiver for {@code elements}.
     *
     * @param elements the facade the callbacks are for
     */
    public static Builder builder(Elements elements) {
        return new Builder(elements);
    }

    /**
     * The port it listens on (the one the system chose, when started on port 0).
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Its own URL on the address it listens on, such as {@code http://127.0.0.1:8080/elements/callbacks}: the callback
     * URL for a sandbox; a real vendor needs the public URL your proxy serves it under.
     *
     * @return the URL of the callback path
     */
    public String url() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + path;
    }

    /**
     * How many callbacks were accepted.
     *
     * @return the callbacks answered 204
     */
    public long accepted() {
        return accepted.get();
    }

    /**
     * How many requests were refused.
     *
     * @return the requests answered 4xx or 5xx
     */
    public long refused() {
        return refused.get();
    }

    /** Stops listening, gives the callbacks in flight up to a second to finish, and stops its threads. Idempotent. */
    @Override
    public void close() {
        // Up to a second for the exchanges in flight to finish, so the counts read after close are final. The JDK's
        // own grace period (stop(1)) waits the whole second on Java 17 even when nothing is in flight (JDK-8304065,
        // fixed in 21), so the wait is ours and the server stops at once after it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        synchronized (idle) {
            long left;
            while (inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(idle, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        synchronized (idle) {
            inFlight++;
        }
        try {
            respond(exchange);
        } finally {
            synchronized (idle) {
                inFlight--;
                idle.notifyAll();
            }
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                answer(
                        exchange,
                        404,
                        "no callback receiver at " + exchange.getRequestURI().getPath());
                return;
            }
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                answer(exchange, 405, "callbacks are POSTed");
                return;
            }
            Option<byte[]> body =
                    IncomingCallback.readBody(exchange.getRequestBody(), contentLength(exchange), maxBodyBytes);
            if (body.isEmpty()) {
                answer(exchange, 413, "the body is larger than " + maxBodyBytes + " bytes");
                return;
            }
            Either<ElementsError, CreationTask> task;
            try {
                task = elements.receiveCallback(IncomingCallback.of(
                        exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body.get()));
            } catch (RuntimeException e) {
                answer(
                        exchange,
                        500,
                        "the callback could not be handled (" + e.getClass().getSimpleName() + ")");
                return;
            }
            if (task.isRight()) {
                accepted.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            answer(
                    exchange,
                    CallbackRefusal.httpStatus(task.getLeft()),
                    task.getLeft().message());
        }
    }

    private void answer(HttpExchange exchange, int status, String message) throws IOException {
        refused.incrementAndGet();
        byte[] text = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }

    /** The declared {@code Content-Length}, or -1 when there is none or it is not a number. */
    private static long contentLength(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return "CallbackServer[" + url() + ", " + accepted() + " accepted, " + refused() + " refused]";
    }

    /** Configures a {@link CallbackServer}; every setting is optional. */
    public static final class Builder {
        private final Elements elements;
        private String path = DEFAULT_PATH;
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int threads = 2;

        private Builder(Elements elements) {
            this.elements = Objects.requireNonNull(elements, "elements");
        }

        /**
         * The path callbacks are POSTed to (default {@value #DEFAULT_PATH}); other paths answer 404.
         *
         * @param value an absolute path, such as {@code /hooks/kling}
         * @return this builder
         */
        public Builder path(String value) {
            Objects.requireNonNull(value, "path");
            if (!value.startsWith("/") || value.contains("?") || value.contains("#")) {
                throw new IllegalArgumentException("path must be an absolute path without query or fragment: " + value);
            }
            this.path = value;
            return this;
        }

        /**
         * The port (default 0: one the system chooses; see {@link CallbackServer#port()}).
         *
         * @param value 0–65535
         * @return this builder
         */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * The address to listen on (default loopback; {@code InetAddress.getByName("0.0.0.0")} for every interface).
         *
         * @param value the local address
         * @return this builder
         */
        public Builder bindAddress(InetAddress value) {
            this.bindAddress = Objects.requireNonNull(value, "bindAddress");
            return this;
        }

        /**
         * The largest body taken (default 1 MiB); a larger one is answered 413 without being read further.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder maxBodyBytes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1: " + value);
            }
            this.maxBodyBytes = value;
            return this;
        }

        /**
         * How many threads handle requests (default 2).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * Starts listening.
         *
         * @return the running receiver; close it to stop
         * @throws java.io.UncheckedIOException when the address or port cannot be bound
         */
        public CallbackServer start() {
            try {
                return new CallbackServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot listen for callbacks on " + bindAddress.getHostAddress() + ":" + port + ": "
                                + e.getMessage(),
                        e);
            }
        }
    }
}
