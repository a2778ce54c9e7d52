package io.elements4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsProviders;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.servlet.ServletInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;

/** The starter's callback endpoint: served only when asked for, and answering the vendor as the receiver does. */
class ElementsCallbackControllerTest {

    private static final VendorSimulator vendor = Sandboxes.start("useapi");

    @AfterAll
    static void stop() {
        vendor.close();
    }

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ElementsAutoConfiguration.class))
            .withPropertyValues(vendor.configuration().toJavaMap().entrySet().stream()
                    .map(e -> e.getKey().replace("elements.useapi.", "elements.config.") + "=" + e.getValue())
                    .toArray(String[]::new));

    @Test
    void the_endpoint_is_served_when_enabled_and_not_otherwise() {
        web.run(context -> assertThat(context).doesNotHaveBean(ElementsCallbackController.class));
        web.withPropertyValues("elements.callbacks.enabled=true", "elements.callbacks.path=/hooks/elements")
                .run(context -> {
                    assertThat(context).hasSingleBean(ElementsCallbackController.class);
                    // useapi does not call back: the endpoint says so rather than pretending.
                    ResponseEntity<String> answer = context.getBean(ElementsCallbackController.class)
                            .receive(request(new HttpHeaders(), "{}".getBytes(StandardCharsets.UTF_8)));
                    assertThat(answer.getStatusCode().value()).isEqualTo(404);
                    assertThat(answer.getBody()).containsIgnoringCase("callback");
                });
    }

    @Test
    void a_callback_is_answered_as_the_vendor_needs() throws Exception {
        try (Elements elements = Elements.builder()
                .provider(new SigningVendor())
                .systemProperties(new Properties())
                .env(Map.of())
                .build()) {
            ElementsCallbackController endpoint = new ElementsCallbackController(elements, 64);

            assertThat(endpoint.receive(request(headers("good"), body("task-1")))
                            .getStatusCode()
                            .value())
                    .isEqualTo(204);
            assertThat(elements.taskUpdates()
                            .latest(CreationTaskId.of("task-1"))
                            .map(CreationTask::state))
                    .isEqualTo(Option.some(TaskState.SUCCEEDED));
            ResponseEntity<String> forged = endpoint.receive(request(headers("forged"), body("task-2")));
            assertThat(forged.getStatusCode().value()).isEqualTo(401);
            assertThat(forged.getBody()).contains("signature");
            assertThat(endpoint.receive(request(headers("good"), "<html>".getBytes(StandardCharsets.UTF_8)))
                            .getStatusCode()
                            .value())
                    .isEqualTo(400);
            assertThat(endpoint.receive(request(headers("good"), new byte[65]))
                            .getStatusCode()
                            .value())
                    .isEqualTo(413);
            assertThat(elements.taskUpdates().latest(CreationTaskId.of("task-2")))
                    .isEmpty();
        }
    }

    @Test
    void the_health_details_state_how_callbacks_are_judged_and_show_an_unverified_choice() {
        try (Elements verified = signing(Map.of());
                Elements unverified =
                        signing(Map.of("elements.signing-test-vendor.accept-unsigned-callbacks", "true"))) {
            Health checked = new ElementsHealthIndicator(verified, Duration.ofSeconds(10), Clock.systemUTC()).health();
            Health unchecked =
                    new ElementsHealthIndicator(unverified, Duration.ofSeconds(10), Clock.systemUTC()).health();

            assertThat(checked.getDetails().get("callbacks")).asString().startsWith("signatures checked");
            assertThat(unchecked.getDetails().get("callbacks"))
                    .asString()
                    .startsWith("UNVERIFIED")
                    .contains("accept-unsigned-callbacks=true");
            assertThat(unchecked.getStatus()).as("a choice, not an outage").isEqualTo(checked.getStatus());
        }
    }

    private static Elements signing(Map<String, String> config) {
        return Elements.builder()
                .provider(new SigningVendor())
                .config(config)
                .systemProperties(new Properties())
                .env(Map.of())
                .build();
    }

    @Test
    void an_oversized_body_is_refused_without_being_read_whole() throws Exception {
        try (Elements elements = signing(Map.of())) {
            ElementsCallbackController endpoint = new ElementsCallbackController(elements, 1024);
            AtomicLong read = new AtomicLong();
            MockHttpServletRequest endless = new MockHttpServletRequest("POST", "/elements/callbacks") {
                @Override
                public ServletInputStream getInputStream() {
                    return new DelegatingServletInputStream(new InputStream() {
                        @Override
                        public int read() {
                            read.incrementAndGet();
                            return '{';
                        }
                    });
                }
            };
            MockHttpServletRequest declared = new MockHttpServletRequest("POST", "/elements/callbacks") {
                @Override
                public long getContentLengthLong() {
                    return 1L << 30;
                }

                @Override
                public ServletInputStream getInputStream() {
                    throw new AssertionError("the body of a request declaring 1 GiB was read");
                }
            };

            assertThat(endpoint.receive(endless).getStatusCode().value())
                    .as("no length declared")
                    .isEqualTo(413);
            assertThat(read.get()).as("bytes read of an endless body").isLessThanOrEqualTo(1025);
            assertThat(endpoint.receive(declared).getStatusCode().value())
                    .as("a 1 GiB length declared")
                    .isEqualTo(413);
        }
    }

    private static MockHttpServletRequest request(HttpHeaders headers, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/elements/callbacks");
        headers.forEach((name, values) -> values.forEach(value -> request.addHeader(name, value)));
        request.setContent(body);
        return request;
    }

    private static HttpHeaders headers(String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Test-Signature", signature);
        return headers;
    }

    private static byte[] body(String taskId) {
        return ("{\"id\":\"" + taskId + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** A vendor that calls back, signing with a header: "good" is genuine. */
    static final class SigningVendor implements ElementsProvider {
        @Override
        public ProviderMetadata metadata() {
            // Borrows a real vendor's rules, and adds callbacks.
            ProviderMetadata borrowed = ElementsProviders.select(
                            Option.some("useapi"), SigningVendor.class.getClassLoader())
                    .metadata();
            return new ProviderMetadata(
                    "signing-test-vendor",
                    "Signing test vendor",
                    HashSet.of(Capability.CREATE_IMAGE_ELEMENT, Capability.CALLBACKS),
                    borrowed.ruleProfile(),
                    "https://vendor.invalid",
                    List.of(io.elements4j.ports.spi.ConfigKey.ACCEPT_UNSIGNED_CALLBACKS),
                    borrowed.promptSyntax());
        }

        @Override
        public VendorClient create(ProviderConfig config) {
            boolean unverified = config.get("accept-unsigned-callbacks").contains("true");
            return new VendorClient() {
                @Override
                public CallbackVerification callbackVerification() {
                    return unverified
                            ? CallbackVerification.UNSIGNED_ACCEPTED
                            : CallbackVerification.SIGNATURES_CHECKED;
                }

                @Override
                public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                    return Either.left(ElementsError.Unsupported.of("test", Capability.CREATE_IMAGE_ELEMENT));
                }

                @Override
                public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
                    if (!callback.header("x-test-signature").contains("good")) {
                        return Either.left(
                                new ElementsError.Unauthorized("no valid signature", Option.none(), Option.none()));
                    }
                    String text = callback.bodyText();
                    if (!text.startsWith("{\"id\":\"")) {
                        return Either.left(ElementsError.ProviderFailure.definite(
                                "not the vendor's body", 0, Option.none(), Option.none()));
                    }
                    String id = text.substring(7, text.indexOf('"', 7));
                    return Either.right(CreationTask.of(CreationTaskId.of(id), TaskState.SUCCEEDED));
                }
            };
        }
    }
}
