package io.elements4j.benchmarks.calls;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.benchmarks.fixtures.Drafts;
import io.elements4j.benchmarks.stub.LoopbackStub;
import io.elements4j.client.Elements;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTaskId;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The Kling stub of the per-call benchmark ({@link AdapterCases}: the same routes, the same bytes) served from a
 * process of its own, for clients that are not on the JVM: the Node peer's harness ({@code benchmarks/node/}) and
 * the CLI's cold start. Before it serves, it makes each measured call once through the library's facade and writes
 * the requests the stub received, so another client replays exactly the exchanges the library makes:
 *
 * <pre>{"baseUrl": "http://127.0.0.1:…", "taskId": "…", "elementId": "…",
 *  "exchanges": [{"operation": "create", "route": "submit", "method": "POST", "path": "…", "query": {…},
 *                 "body": {…} or null}, …]}</pre>
 *
 * It serves until its standard input closes, then prints how many requests each route answered (so a harness that
 * quietly missed its route shows).
 *
 * <pre>java -cp benchmarks.jar io.elements4j.benchmarks.calls.KlingPeerStub &lt;exchanges.json&gt; [&lt;p12&gt; &lt;password&gt;]</pre>
 *
 * <p>With a PKCS #12 key store, it serves over TLS with that store's key and certificate, as a real vendor does.
 */
public final class KlingPeerStub {

    /** The operations, in the order a user meets them, with the stub route each lands on. */
    private static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("create", "submit");
        ROUTES.put("task", "task");
        ROUTES.put("list", "list");
        ROUTES.put("delete", "delete");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private KlingPeerStub() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: KlingPeerStub <exchanges.json> [<pkcs12 key store> <password>]");
            System.exit(2);
        }
        AdapterCases.Vendor kling = AdapterCases.kling();
        LoopbackStub.Builder builder = kling.stub();
        if (args.length == 3) {
            builder.tls(tls(Path.of(args[1]), args[2]));
            // The facade's first calls below reach the stub over TLS too: this JVM trusts the stub's certificate.
            System.setProperty("javax.net.ssl.trustStore", args[1]);
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            System.setProperty("javax.net.ssl.trustStorePassword", args[2]);
        }
        try (LoopbackStub stub = builder.start()) {
            ObjectNode document = exchangesOf(stub, kling);
            Files.writeString(
                    Path.of(args[0]),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document),
                    StandardCharsets.UTF_8);
            PrintStream out = System.out;
            out.println("stub ready: " + stub.baseUrl());
            out.flush();
            while (System.in.read() >= 0) {
                // Serve until the parent closes our input.
            }
            ROUTES.forEach(
                    (operation, route) -> out.println("stub answered " + operation + ": " + stub.requestCount(route)));
        }
    }

    /** A TLS context serving the key and certificate in a PKCS #12 store. */
    private static SSLContext tls(Path keyStore, String password) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("the stub's key store " + keyStore + " cannot serve TLS", e);
        }
    }

    /** Makes each call once through the facade against {@code stub}, then the document of what the stub received. */
    static ObjectNode exchangesOf(LoopbackStub stub, AdapterCases.Vendor kling) {
        try (Elements elements = AdapterCases.facade("kling-official", kling, stub)) {
            Calls.orThrow(elements.submit(Drafts.courier()), "create");
            Calls.orThrow(elements.task(CreationTaskId.of(kling.taskId())), "task");
            Calls.orThrow(elements.list(ElementFilter.all(), PageRequest.of(1, 100)), "list");
            Calls.orThrow(elements.delete(ElementId.of(kling.elementId())), "delete");
        }
        ObjectNode document = JSON.createObjectNode()
                .put("baseUrl", stub.baseUrl() + kling.basePath())
                .put("taskId", kling.taskId())
                .put("elementId", kling.elementId());
        ArrayNode exchanges = document.putArray("exchanges");
        ROUTES.forEach((operation, route) -> exchanges.add(exchange(stub, operation, route)));
        return document;
    }

    private static ObjectNode exchange(LoopbackStub stub, String operation, String route) {
        LoopbackStub.Seen seen = stub.lastSeen(route)
                .orElseThrow(() -> new IllegalStateException("the library sent nothing to route " + route));
        ObjectNode exchange = JSON.createObjectNode()
                .put("operation", operation)
                .put("route", route)
                .put("method", seen.method())
                .put("path", seen.uri().getRawPath());
        ObjectNode query = exchange.putObject("query");
        String raw = seen.uri().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            exchange.set("body", seen.body().length == 0 ? null : JSON.readTree(seen.body()));
        } catch (IOException e) {
            throw new IllegalStateException("the library's " + operation + " body is not JSON", e);
        }
        return exchange;
    }
}
