package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.NotFound;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default transport on every Apache HttpClient line a host app's dependency management is likely to pick, not
 * only the one this library builds against: for each line, its httpclient5, httpcore5 and httpcore5-h2 jars (copied
 * under {@code target/} by the build, versions in the root pom) and this module's classes are loaded into a class
 * loader of their own, and {@link ApacheTransportSession} runs a vendor client's session through them against a
 * loopback server. A line older than the supported ones must be refused with a message that says what to do.
 */
class ApacheTransportOnEveryHttpClientLineTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final Path LINES =
            Path.of(System.getProperty("elements4j.httpclient5.lines", "target/httpclient5-lines"));

    /** The lines the build copied and declares supported (adapter-support's pom). */
    static Stream<String> supportedLines() {
        return Arrays.stream(required("elements4j.httpclient5.supported").split(","));
    }

    @BeforeEach
    void stubTheVendor() {
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": \"Maeva\"}")));
        vendor.stubFor(post("/items")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"error\": {\"code\": \"bad_body\", \"message\": \"not the body sent\"}}")));
        vendor.stubFor(post("/items")
                .withRequestBody(equalToJson("{\"name\": \"Lady in red\", \"external_task_id\": \"idem-1\"}"))
                .willReturn(okJson("{\"id\": \"2\", \"name\": \"Lady in red\"}")));
        vendor.stubFor(post("/items")
                .withRequestBody(matchingJsonPath("$.name", equalTo("reset")))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        vendor.stubFor(get("/items/404")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withBody("{\"error\": {\"code\": \"not_found\", \"message\": \"no item 404\"}}")));
        vendor.stubFor(get("/items/busy").willReturn(aResponse().withStatus(503)));
        vendor.stubFor(get("/items/slow")
                .willReturn(okJson("{\"id\": \"3\", \"name\": \"late\"}").withFixedDelay(1_000)));
    }

    @ParameterizedTest(name = "httpclient5 {0}")
    @MethodSource("supportedLines")
    void a_vendor_clients_session_works_on_the_line_and_keeps_the_credential_out_of_its_logs(String line)
            throws IOException {
        Map<String, Object> seen;
        List<String> logged;
        try (URLClassLoader loader = new OneHttpClientLine(line)) {
            Function<String, Map<String, Object>> session = sessionIn(loader);
            AtomicReference<Map<String, Object>> result = new AtomicReference<>();
            logged = CapturingSlf4j.capture(() -> result.set(session.apply(baseUrl())));
            seen = result.get();
        }

        assertThat(seen.get("httpclient5")).as("the line the session ran on").isEqualTo(line);
        assertThat(answer(seen, "read")).isEqualTo(Either.right("Item[id=1, name=Maeva]"));
        assertThat(answer(seen, "read on a pooled connection")).isEqualTo(Either.right("Item[id=1, name=Maeva]"));
        assertThat(answer(seen, "create"))
                .as("the body reached the vendor whole")
                .isEqualTo(Either.right("Item[id=2, name=Lady in red]"));
        assertThat(answer(seen, "missing").getLeft())
                .isInstanceOf(NotFound.class)
                .extracting(ElementsError::message)
                .asString()
                .contains("no item 404");
        assertThat(answer(seen, "busy").getLeft())
                .isInstanceOfSatisfying(
                        ProviderFailure.class,
                        failure -> assertThat(failure.status()).isEqualTo(503));
        assertThat(seen.get("busy attempts"))
                .as("a 503 read is tried again, twice")
                .isEqualTo(3);
        assertThat(answer(seen, "create reset").getLeft()).isInstanceOfSatisfying(ProviderFailure.class, failure -> {
            assertThat(failure.ambiguous())
                    .as("a create cut off after sending may have been accepted")
                    .isTrue();
            assertThat(failure.message()).contains("after the request was sent");
        });
        vendor.verify(
                1,
                postRequestedFor(urlEqualTo("/items")).withRequestBody(matchingJsonPath("$.name", equalTo("reset"))));
        assertThat(answer(seen, "read after a reset"))
                .as("the broken connection left the pool")
                .isEqualTo(Either.right("Item[id=1, name=Maeva]"));
        assertThat(answer(seen, "slow read").getLeft())
                .as("the read timeout is applied to the connection")
                .isInstanceOfSatisfying(
                        ProviderFailure.class,
                        failure -> assertThat(failure.message()).containsIgnoringCase("timed out"));
        assertThat(answer(seen, "create refused").getLeft()).isInstanceOfSatisfying(ProviderFailure.class, failure -> {
            assertThat(failure.ambiguous())
                    .as("a refused connection sent nothing")
                    .isFalse();
            assertThat(failure.message()).contains("could not be reached");
        });
        assertThat(seen.get("create refused attempts"))
                .as("so even a create is tried again")
                .isEqualTo(3);

        assertThat(logged)
                .as("Apache HttpClient logged at DEBUG (so a leak would show)")
                .anyMatch(l -> l.startsWith("org.apache.hc.client5"));
        assertThat(logged).noneMatch(l -> l.contains(TestVendor.API_KEY));
    }

    @Test
    void a_line_older_than_the_minimum_is_refused_naming_what_was_found_and_what_to_do() throws IOException {
        String line = required("elements4j.httpclient5.unsupported");
        try (URLClassLoader loader = new OneHttpClientLine(line)) {
            Function<String, Map<String, Object>> session = sessionIn(loader);

            assertThatThrownBy(() -> session.apply(baseUrl()))
                    .isInstanceOf(ProviderConfigurationException.class)
                    .hasMessageContaining("httpclient5 " + line)
                    .hasMessageContaining("needs Apache HttpClient 5.4 or later")
                    .hasMessageContaining("httpclient5.version")
                    .hasMessageContaining("elements.test.http-client=jdk");
        }
        assertThat(vendor.getAllServeEvents()).as("nothing was sent").isEmpty();
    }

    @Test
    void the_build_copied_every_line_it_declares() {
        assertThat(supportedLines()).as("at least the 5.4, 5.5 and 5.6 lines").hasSizeGreaterThanOrEqualTo(3);
        supportedLines()
                .forEach(line -> assertThat(jarsOf(line))
                        .as("jars of httpclient5 " + line)
                        .hasSize(3));
    }

    @SuppressWarnings("unchecked")
    private static Either<ElementsError, String> answer(Map<String, Object> seen, String step) {
        assertThat(seen).containsKey(step);
        return (Either<ElementsError, String>) seen.get(step);
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + vendor.getPort();
    }

    @SuppressWarnings("unchecked")
    private static Function<String, Map<String, Object>> sessionIn(ClassLoader loader) {
        try {
            Class<?> type = Class.forName(ApacheTransportSession.class.getName(), true, loader);
            assertThat(type.getClassLoader())
                    .as("the session runs in the line's own loader")
                    .isSameAs(loader);
            return (Function<String, Map<String, Object>>) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot load the session in httpclient5's class loader", e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertThat(value)
                .as("system property " + property + " (set by adapter-support's pom; run the test with" + " Maven)")
                .isNotBlank();
        return value;
    }

    private static List<Path> jarsOf(String line) {
        Path folder = LINES.resolve(line);
        assertThat(folder)
                .as("httpclient5 " + line + "'s jars, copied by the build (generate-test-resources)")
                .isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One httpclient5 line with this module's classes (main and test) on top: those load from here and nowhere else;
     * everything else (Feign, Jackson, Vavr, SLF4J, the domain and ports, the JDK) from the test's class path, so
     * the types the session answers with are the test's own.
     */
    private static final class OneHttpClientLine extends URLClassLoader {

        private static final List<String> OWN_CLASSES = List.of("org.apache.hc.", "io.elements4j.adapter.support.");
        private static final List<String> OWN_RESOURCES = List.of("org/apache/hc/", "io/elements4j/adapter/support/");

        OneHttpClientLine(String line) {
            super("httpclient5-" + line, urls(line), ApacheTransportOnEveryHttpClientLineTest.class.getClassLoader());
        }

        private static URL[] urls(String line) {
            List<URL> urls = new ArrayList<>();
            try {
                for (Path jar : jarsOf(line)) {
                    urls.add(jar.toUri().toURL());
                }
                urls.add(ApacheTransport.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation());
                urls.add(ApacheTransportSession.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (OWN_CLASSES.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            return own(name) ? findResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return own(name) ? findResources(name) : super.getResources(name);
        }

        private static boolean own(String resource) {
            return OWN_RESOURCES.stream().anyMatch(resource::startsWith);
        }
    }
}
