package io.elements4j.benchmarks.transport;

import io.elements4j.benchmarks.stub.ApacheFloorClient;
import io.elements4j.benchmarks.stub.FloorClient;
import io.elements4j.benchmarks.stub.LoopbackStub;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client choice behind the library's default transport: one GET of a 1 KB JSON body from the loopback stub,
 * read whole, on each candidate the JDK offers or a well-kept library does — the JDK {@code HttpClient} (HTTP/1.1,
 * as the library set it up: {@link FloorClient}), {@code HttpURLConnection} (keep-alive through the JDK's global
 * cache), and Apache HttpClient 5's classic client (pooled, as the library's transport: {@link ApacheFloorClient}).
 * Sample mode; run.sh reports the medians.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
public class TransportChoiceBenchmark {

    @Param({"jdk", "urlconnection", "apache5"})
    public String client;

    private LoopbackStub stub;
    private String url;
    private FloorClient jdk;
    private HttpRequest jdkRequest;
    private ApacheFloorClient apache;
    private ApacheFloorClient.Replay apacheRequest;

    @Setup
    public void setUp() {
        byte[] body = ("{\"code\":0,\"data\":{\"task_id\":\"1\",\"pad\":\"" + "x".repeat(900) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        stub = LoopbackStub.builder()
                .route("t", "GET", "/t", LoopbackStub.Canned.json(body))
                .start();
        url = stub.baseUrl() + "/t";
        jdk = new FloorClient();
        jdkRequest = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .build();
        apache = new ApacheFloorClient();
        apacheRequest = new ApacheFloorClient.Replay("GET", URI.create(url), List.of(), new byte[0]);
    }

    @TearDown
    public void tearDown() {
        jdk.close();
        apache.close();
        stub.close();
    }

    @Benchmark
    public byte[] get() throws Exception {
        switch (client) {
            case "jdk":
                return jdk.send(jdkRequest);
            case "urlconnection": {
                HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
                c.setConnectTimeout(10_000);
                c.setReadTimeout(60_000);
                try (InputStream in = c.getInputStream()) {
                    return in.readAllBytes();
                }
            }
            default:
                return apache.send(apacheRequest);
        }
    }
}
