package io.elements4j.adapter.evolink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/** A WireMock stand-in on 127.0.0.1 that answers Evolink's two paths with golden files, for exact-shape tests. */
final class StubbedEvolink implements AutoCloseable {

    static final String TASK_ID = "task-unified-1757169743-8dxnm6yz";
    static final String CREATE_PATH = "/v1/videos/generations";
    static final String TASK_PATH = "/v1/tasks/" + TASK_ID;

    final WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

    StubbedEvolink() {
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    void reset() {
        server.resetAll();
    }

    static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text(fixture));
    }

    void createAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo(CREATE_PATH)).willReturn(answer));
    }

    void taskAnswers(ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(answer));
    }

    /** Answers {@code first} once, then {@code then} for every later read of the task. */
    void taskAnswers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("task").whenScenarioStateIs("Started")
                .willReturn(first).willSetStateTo("answered"));
        server.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("task").whenScenarioStateIs("answered")
                .willReturn(then));
    }

    /** Answers {@code first} once, then {@code then} for every later create. */
    void createAnswers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(post(urlPathEqualTo(CREATE_PATH)).inScenario("create").whenScenarioStateIs("Started")
                .willReturn(first).willSetStateTo("answered"));
        server.stubFor(post(urlPathEqualTo(CREATE_PATH)).inScenario("create").whenScenarioStateIs("answered")
                .willReturn(then));
    }

    int creates() {
        return count(WireMock.postRequestedFor(urlPathEqualTo(CREATE_PATH)));
    }

    int reads() {
        return count(WireMock.getRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    int requests() {
        return server.getAllServeEvents().size();
    }

    private int count(RequestPatternBuilder pattern) {
        return server.countRequestsMatching(pattern.build()).getCount();
    }

    @Override
    public void close() {
        server.stop();
    }
}
