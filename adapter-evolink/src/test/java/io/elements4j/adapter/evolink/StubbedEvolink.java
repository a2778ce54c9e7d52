package io.elements4j.adapter.evolink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.elements4j.conformance.ProviderTestKit.resource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.ports.api.VendorClient;

/**
 * A WireMock stand-in on 127.0.0.1 that answers Evolink's two paths with the golden files under
 * {@code src/test/resources/evolink}, for exact-shape tests; a JUnit extension, reset before every test.
 */
final class StubbedEvolink extends WireMockExtension {

    /** A key shaped like a real one, so tests can look for it where it must not appear. */
    static final String KEY = "sk-evo-Zq81xTT0pSECRETvalue";

    static final String TASK_ID = "task-unified-1757169743-8dxnm6yz";
    static final String CREATE_PATH = "/v1/videos/generations";
    static final String TASK_PATH = "/v1/tasks/" + TASK_ID;

    StubbedEvolink() {
        super(extensionOptions()
                .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()));
    }

    /** A client of the stand-in with {@link #KEY}, from the kit, on its virtual time. */
    VendorClient client(ProviderTestKit kit) {
        return kit.client(kit.configAt(baseUrl()).apiKey(KEY));
    }

    static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(resource("evolink/" + fixture));
    }

    void createAnswers(ResponseDefinitionBuilder answer) {
        stubFor(post(urlPathEqualTo(CREATE_PATH)).willReturn(answer));
    }

    void taskAnswers(ResponseDefinitionBuilder answer) {
        stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(answer));
    }

    /** Answers {@code first} once, then {@code then} for every later read of the task. */
    void taskAnswers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        stubFor(get(urlPathEqualTo(TASK_PATH))
                .inScenario("task")
                .whenScenarioStateIs("Started")
                .willReturn(first)
                .willSetStateTo("answered"));
        stubFor(get(urlPathEqualTo(TASK_PATH))
                .inScenario("task")
                .whenScenarioStateIs("answered")
                .willReturn(then));
    }

    /** Answers {@code first} once, then {@code then} for every later create. */
    void createAnswers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        stubFor(post(urlPathEqualTo(CREATE_PATH))
                .inScenario("create")
                .whenScenarioStateIs("Started")
                .willReturn(first)
                .willSetStateTo("answered"));
        stubFor(post(urlPathEqualTo(CREATE_PATH))
                .inScenario("create")
                .whenScenarioStateIs("answered")
                .willReturn(then));
    }

    int creates() {
        return count(WireMock.postRequestedFor(urlPathEqualTo(CREATE_PATH)));
    }

    int reads() {
        return count(WireMock.getRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    int requests() {
        return getAllServeEvents().size();
    }

    private int count(RequestPatternBuilder pattern) {
        return countRequestsMatching(pattern.build()).getCount();
    }
}
