package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Logger;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

class RedactingSlf4jLoggerTest {

    private final Request request = Request.create(
            Request.HttpMethod.GET,
            "http://vendor.invalid/items/1",
            Map.<String, Collection<String>>of("Authorization", List.of("Bearer secret-token")),
            Request.Body.empty(),
            null);
    private final Response response = Response.builder()
            .status(200)
            .reason("OK")
            .request(request)
            .headers(Map.of("Set-Cookie", List.of("session=abc")))
            .body("{}", StandardCharsets.UTF_8)
            .build();

    @Test
    void with_debug_off_the_response_is_handed_back_as_it_came_without_masked_copies() throws Exception {
        RedactingSlf4jLogger quiet = new RedactingSlf4jLogger(NOPLogger.NOP_LOGGER, Redaction.patternsOnly());

        quiet.logRequest("ItemsApi#item(String)", Logger.Level.FULL, request);

        assertThat(quiet.logAndRebufferResponse("ItemsApi#item(String)", Logger.Level.FULL, response, 3))
                .isSameAs(response);
    }

    @Test
    void with_debug_on_the_log_is_masked_and_the_caller_still_gets_the_real_headers() throws Exception {
        RecordingLogger log = new RecordingLogger();
        RedactingSlf4jLogger logger = new RedactingSlf4jLogger(log, Redaction.patternsOnly());

        logger.logRequest("ItemsApi#item(String)", Logger.Level.HEADERS, request);
        Response handedBack = logger.logAndRebufferResponse("ItemsApi#item(String)", Logger.Level.HEADERS, response, 3);

        assertThat(log.all()).contains("Authorization: " + Redaction.MASK).doesNotContain("secret-token", "abc");
        assertThat(handedBack.headers().get("Set-Cookie")).containsExactly("session=abc");
    }
}
