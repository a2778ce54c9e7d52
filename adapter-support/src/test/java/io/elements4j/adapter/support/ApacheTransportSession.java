package io.elements4j.adapter.support;

import io.elements4j.adapter.support.ItemsApi.Item;
import io.elements4j.adapter.support.ItemsApi.NewItem;
import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * A short session of a vendor client on the default transport, answers as its caller sees them, for
 * {@link ApacheTransportOnEveryHttpClientLineTest}. That test loads this class, the module's own classes and one
 * httpclient5 line into a class loader of their own, so only types every loader shares cross over: the result maps
 * names to {@code Either<ElementsError, String>} (the domain's error, an item as text), counts and text.
 *
 * <p>The server it talks to is the test's, which answers {@code GET /items/1} with item 1, {@code POST /items} with
 * item 2 (the connection is reset instead when the item's name is {@code reset}), {@code GET /items/404} with 404,
 * {@code GET /items/busy} with 503 and {@code GET /items/slow} only after a second.
 */
public final class ApacheTransportSession implements Function<String, Map<String, Object>> {

    /**
     * Runs the session against {@code baseUrl}.
     *
     * @param baseUrl the test server, {@code http://127.0.0.1:port}
     * @return each step's name and what the caller got, in order; {@code httpclient5} is the version this class's
     *     loader sees
     */
    @Override
    public Map<String, Object> apply(String baseUrl) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("httpclient5", httpClientVersion());
        VendorHttp http = TestVendor.at(baseUrl).http().build();
        try {
            ItemsApi api = http.client(ItemsApi.class);
            seen.put("read", text(http.call(CallKind.READ, () -> api.item("1"))));
            seen.put("read on a pooled connection", text(http.call(CallKind.READ, () -> api.item("1"))));
            seen.put(
                    "create", text(http.call(CallKind.CREATE, () -> api.create(new NewItem("Lady in red", "idem-1")))));
            seen.put("missing", text(http.call(CallKind.READ, () -> api.item("404"))));
            CallOutcome<Item> busy = http.execute(CallKind.READ, () -> api.item("busy"));
            seen.put("busy", text(busy.result()));
            seen.put("busy attempts", busy.attempts());
            seen.put(
                    "create reset", text(http.call(CallKind.CREATE, () -> api.create(new NewItem("reset", "idem-2")))));
            seen.put("read after a reset", text(http.call(CallKind.READ, () -> api.item("1"))));
        } finally {
            http.close();
        }
        VendorHttp impatient = TestVendor.at(baseUrl)
                .readTimeout("PT0.1S")
                .maxRetries(0)
                .http()
                .build();
        try {
            seen.put(
                    "slow read",
                    text(impatient.call(
                            CallKind.READ,
                            () -> impatient.client(ItemsApi.class).item("slow"))));
        } finally {
            impatient.close();
        }
        VendorHttp unreachable =
                TestVendor.at("http://127.0.0.1:" + closedPort()).http().build();
        try {
            CallOutcome<Item> refused = unreachable.execute(
                    CallKind.CREATE,
                    () -> unreachable.client(ItemsApi.class).create(new NewItem("Lady in red", "idem-3")));
            seen.put("create refused", text(refused.result()));
            seen.put("create refused attempts", refused.attempts());
        } finally {
            unreachable.close();
        }
        return seen;
    }

    private static Either<ElementsError, String> text(Either<ElementsError, Item> result) {
        return result.map(Item::toString);
    }

    private String httpClientVersion() {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("org/apache/hc/client5/version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("info.release");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
