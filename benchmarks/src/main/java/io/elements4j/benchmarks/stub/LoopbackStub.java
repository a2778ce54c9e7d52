package io.elements4j.benchmarks.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * The least server that can stand in for a vendor: {@link HttpServer} on 127.0.0.1, answering each route with the
 * same canned bytes, on its dispatcher thread (no executor hand-off). Both sides of a per-call comparison talk to it,
 * so its own cost is in both figures and the difference is the client's.
 *
 * <p>It remembers the last request of each route, so the JDK-client floor can replay exactly what an adapter sent.
 */
public final class LoopbackStub implements AutoCloseable {

    static {
        // The JDK server leaves Nagle on by default; a response written as headers then body would then wait for the
        // client's delayed ACK (40 ms on Linux) and measure the kernel, not the client.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** A canned answer: status, content type and the exact body bytes. */
    public record Canned(int status, String contentType, byte[] body) {
        public Canned {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }

        public static Canned json(byte[] body) {
            return new Canned(200, "application/json", body);
        }
    }

    /** A request as it arrived: what the floor replays. */
    public record Seen(String method, URI uri, Map<String, List<String>> headers, byte[] body) {}

    private record Route(String name, String method, Pattern path, Canned answer) {}

    private final HttpServer server;
    private final List<Route> routes;
    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> perRoute = new ConcurrentHashMap<>();
    private final Map<String, Seen> lastSeen = new ConcurrentHashMap<>();

    private LoopbackStub(List<Route> routes, SSLContext tls) throws IOException {
        this.routes = List.copyOf(routes);
        routes.forEach(r -> perRoute.put(r.name, new LongAdder()));
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            this.server = HttpServer.create(loopback, 0);
        } else {
            HttpsServer https = HttpsServer.create(loopback, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            this.server = https;
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}, or {@code https://…} when it serves TLS. */
    public String baseUrl() {
        return (server instanceof HttpsServer ? "https://" : "http://")
                + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
    }

    public long requestCount() {
        return requests.sum();
    }

    public long requestCount(String route) {
        LongAdder count = perRoute.get(route);
        if (count == null) {
            throw new IllegalArgumentException("no route named " + route);
        }
        return count.sum();
    }

    /** The last request the named route answered. */
    public Optional<Seen> lastSeen(String route) {
        return Optional.ofNullable(lastSeen.get(route));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            requests.increment();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Route route = null;
            for (Route r : routes) {
                if (r.method.equals(method) && r.path.matcher(path).matches()) {
                    route = r;
                    break;
                }
            }
            if (route == null) {
                byte[] body = ("{\"error\":\"the stub has no route for " + method + " " + path + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                respond(exchange, new Canned(404, "application/json", body));
                return;
            }
            perRoute.get(route.name).increment();
            // Replaced, not appended: costs the same on every call, so it does not drift during a measurement.
            lastSeen.put(
                    route.name,
                    new Seen(method, exchange.getRequestURI(), Map.copyOf(exchange.getRequestHeaders()), requestBody));
            respond(exchange, route.answer);
        }
    }

    private static void respond(HttpExchange exchange, Canned answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();
        private SSLContext tls;

        private Builder() {}

        /** Serves over TLS with {@code context}'s key (default: plain http). */
        public Builder tls(SSLContext context) {
            this.tls = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Answers {@code method} on paths matching {@code pathRegex} (the raw path, without the query) with
         * {@code answer}. The first matching route wins.
         */
        public Builder route(String name, String method, String pathRegex, Canned answer) {
            routes.add(new Route(name, method, Pattern.compile(pathRegex), answer));
            return this;
        }

        public LoopbackStub start() {
            try {
                return new LoopbackStub(routes, tls);
            } catch (IOException e) {
                throw new UncheckedIOException("the loopback stub could not start", e);
            }
        }
    }
}
