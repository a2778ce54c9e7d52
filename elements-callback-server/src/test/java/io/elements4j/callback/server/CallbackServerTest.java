package io.elements4j.callback.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The embedded server in front of the facade's receiver, as a vendor and a host app see it. */
class CallbackServerTest {

    private final SignedVendor vendor = new SignedVendor();

    private Elements elements() {
        return Elements.builder()
                .provider(vendor)
                .config(Map.of("elements.signed.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .build();
    }

    @Test
    void the_server_ends_a_wait_on_the_facade_it_serves() throws Exception {
        try (Elements elements = elements();
                CallbackServer server =
                        CallbackServer.builder(elements).path("/hooks").start()) {
            ElementDraft draft = ElementDraft.image("Hooked", MediaSource.url("https://example.com/front.jpg"))
                    .extras(MediaSource.url("https://example.com/side.jpg"))
                    .description("a courier")
                    .callbackUrl("https://hooks.example.com/elements")
                    .build();
            CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait =
                    elements.async().createAndAwait(draft, AwaitOptions.DEFAULT);

            // The vendor never finishes the task on a poll: only the callback can end this wait.
            assertThat(post(server, "/hooks", "good", "done:t-1")).isEqualTo(204);

            Either<ElementsError, Awaited<CreationTask>> done = wait.get(10, TimeUnit.SECONDS);
            assertThat(done.get().value().state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(done.get().value().elementIds().map(e -> e.value())).containsExactly("e-t-1");
            assertThat(vendor.polls).hasValue(0);
            assertThat(server.accepted()).isEqualTo(1);
        }
    }

    @Test
    void the_server_answers_what_it_cannot_take_with_the_reason() throws Exception {
        try (Elements elements = elements();
                CallbackServer server =
                        CallbackServer.builder(elements).maxBodyBytes(32).start()) {
            assertThat(server.url()).startsWith("http://127.0.0.1:").endsWith(CallbackServer.DEFAULT_PATH);
            assertThat(post(server, CallbackServer.DEFAULT_PATH, "forged", "done:t-1"))
                    .isEqualTo(401);
            assertThat(post(server, CallbackServer.DEFAULT_PATH, "good", "{}")).isEqualTo(400);
            assertThat(post(server, CallbackServer.DEFAULT_PATH, "good", "done:" + "x".repeat(40)))
                    .isEqualTo(413);
            assertThat(post(server, "/elsewhere", "good", "done:t-1")).isEqualTo(404);
            HttpResponse<Void> get = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.url()))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(server.refused()).isEqualTo(5);
            assertThat(server.accepted()).isZero();
        }
    }

    @Test
    void a_body_declared_larger_than_the_limit_is_refused_without_waiting_for_it() throws Exception {
        try (Elements elements = elements();
                CallbackServer server =
                        CallbackServer.builder(elements).maxBodyBytes(1024).start();
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write(("POST " + CallbackServer.DEFAULT_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Length: 1073741824\r\n\r\n{\"id\":")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(statusLine).as("answered while 1 GiB is still to come").startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void closing_lets_a_callback_in_flight_finish_and_counts_it() throws Exception {
        vendor.release = new CountDownLatch(1);
        Elements elements = elements();
        CallbackServer server = CallbackServer.builder(elements).start();
        CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return post(server, CallbackServer.DEFAULT_PATH, "good", "done:t-9");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(vendor.reading.await(10, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(server::close, "closer");
        closer.start();
        // close() must wait for the exchange in flight: its thread parks until the callback is read.
        while (closer.getState() != Thread.State.TIMED_WAITING && closer.isAlive()) {
            Thread.onSpinWait();
        }
        assertThat(closer.isAlive())
                .as("close() returned with a callback in flight")
                .isTrue();
        vendor.release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(204);
        assertThat(server.accepted()).isEqualTo(1);
        elements.close();
    }

    private static int post(CallbackServer server, String path, String signature, String body) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("X-Signature", signature)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
