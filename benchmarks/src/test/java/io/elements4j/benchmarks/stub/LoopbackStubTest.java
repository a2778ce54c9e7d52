package io.elements4j.benchmarks.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopbackStubTest {

    private static final byte[] PAGE = "{\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void answers_a_route_with_its_canned_bytes_and_remembers_the_request() throws Exception {
        try (LoopbackStub stub = LoopbackStub.builder()
                .route("list", "GET", "/v1/items/?", LoopbackStub.Canned.json(PAGE))
                .route("create", "POST", "/v1/items", LoopbackStub.Canned.json("{}".getBytes(StandardCharsets.UTF_8)))
                .start()) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/v1/items?page=2"))
                                    .header("X-Test", "yes")
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(PAGE);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(stub.requestCount()).isEqualTo(1);
            assertThat(stub.requestCount("list")).isEqualTo(1);
            assertThat(stub.requestCount("create")).isZero();
            LoopbackStub.Seen seen = stub.lastSeen("list").orElseThrow();
            assertThat(seen.method()).isEqualTo("GET");
            assertThat(seen.uri().toString()).isEqualTo("/v1/items?page=2");
            assertThat(seen.headers().get("X-test")).isEqualTo(List.of("yes"));
        }
    }

    @Test
    void serves_its_routes_over_tls_to_a_client_that_trusts_its_certificate(@TempDir Path dir) throws Exception {
        Path keyStore = dir.resolve("stub.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "stub",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "1",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keyStore.toString(),
                        "-storepass",
                        "test-only")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, "test-only".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "test-only".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(managers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);

        try (LoopbackStub stub = LoopbackStub.builder()
                .route("list", "GET", "/v1/items/?", LoopbackStub.Canned.json(PAGE))
                .tls(server)
                .start()) {
            assertThat(stub.baseUrl()).startsWith("https://127.0.0.1:");
            HttpResponse<byte[]> response = HttpClient.newBuilder()
                    .sslContext(client)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/v1/items"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(PAGE);
        }
    }

    @Test
    void an_unrouted_request_gets_a_404_that_names_it() throws Exception {
        try (LoopbackStub stub = LoopbackStub.builder().start()) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/nowhere"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("GET /nowhere");
        }
    }

    @Test
    void the_floor_replays_exactly_what_was_seen() throws Exception {
        byte[] body = "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        try (LoopbackStub stub = LoopbackStub.builder()
                .route("create", "POST", "/v1/items", LoopbackStub.Canned.json(PAGE))
                .start()) {
            // HTTP/1.1 as the adapters send it (VendorHttp), so no h2c upgrade headers are in what the stub saw.
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/v1/items"))
                                    .header("Authorization", "Bearer k")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            LoopbackStub.Seen first = stub.lastSeen("create").orElseThrow();
            FloorClient floor = new FloorClient();

            byte[] answer = floor.send(floor.replayOf(first, stub.baseUrl()));

            LoopbackStub.Seen replayed = stub.lastSeen("create").orElseThrow();
            assertThat(answer).isEqualTo(PAGE);
            assertThat(replayed.body()).isEqualTo(body);
            assertThat(replayed.uri()).isEqualTo(first.uri());
            assertThat(withoutHostDependent(replayed.headers())).isEqualTo(withoutHostDependent(first.headers()));
            assertThat(stub.requestCount("create")).isEqualTo(2);
        }
    }

    private static Map<String, List<String>> withoutHostDependent(Map<String, List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.remove("Connection");
        return copy;
    }
}
