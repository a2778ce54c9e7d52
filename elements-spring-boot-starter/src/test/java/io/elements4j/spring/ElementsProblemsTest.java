package io.elements4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsException;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Errors as RFC 9457 problem answers: a status per kind, the vendor's code and request id, no secret. */
class ElementsProblemsTest {

    @Test
    void a_rule_violation_is_422_with_every_violation() {
        ProblemDetail problem = ElementsProblems.of(ElementsError.InvalidRequest.of(
                List.of(new RuleViolation("name", "name.too-long", "name is longer than 20 characters"))));

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getTitle()).isEqualTo("Invalid request");
        assertThat(problem.getProperties())
                .containsEntry("error", "InvalidRequest")
                .doesNotContainKey("type");
        assertThat(problem.getProperties().get("violations")).asString().contains("name.too-long");
    }

    @Test
    void a_rate_limit_is_429_with_retry_after_and_the_vendors_code_and_request_id() {
        ResponseEntity<ProblemDetail> answer = ElementsProblems.response(new ElementsError.RateLimited(
                "slow down", Option.some(Duration.ofMillis(1500)), Option.some("1302"), Option.some("req-7")));

        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(answer.getBody().getDetail()).isEqualTo("slow down");
        assertThat(answer.getBody().getProperties())
                .containsEntry("vendorCode", "1302")
                .containsEntry("requestId", "req-7");
    }

    @Test
    void each_kind_has_the_status_that_says_whose_problem_it_is() {
        assertThat(ElementsProblems.status(ElementsError.Unsupported.of("x", Capability.LIST))
                        .value())
                .isEqualTo(501);
        assertThat(ElementsProblems.status(new ElementsError.NotFound("gone", Option.none(), Option.none()))
                        .value())
                .isEqualTo(404);
        assertThat(ElementsProblems.status(new ElementsError.Unauthorized("refused", Option.none(), Option.none()))
                        .value())
                .as("the app's key, not the caller's")
                .isEqualTo(502);
        assertThat(ElementsProblems.status(new ElementsError.Timeout("slow", 3, Option.none()))
                        .value())
                .isEqualTo(504);
    }

    @Test
    void the_advice_is_opt_in_and_answers_an_elements_exception_without_the_key() {
        try (VendorSimulator vendor = Sandboxes.start("useapi")) {
            String secret =
                    vendor.configuration().get("elements.useapi.api-key").get();
            WebApplicationContextRunner web = new WebApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(ElementsAutoConfiguration.class))
                    .withPropertyValues(vendor.configuration().toJavaMap().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .toArray(String[]::new));
            web.run(context -> assertThat(context).doesNotHaveBean(ElementsProblems.class));
            web.withPropertyValues("elements.web.problem-details=true").run(context -> {
                ResponseEntity<ProblemDetail> answer = context.getBean(ElementsProblems.class)
                        .handle(new ElementsException(new ElementsError.Unauthorized(
                                "the vendor refused the key", Option.some("401"), Option.some("req-9"))));
                assertThat(answer.getStatusCode().value()).isEqualTo(502);
                assertThat(answer.getBody().toString()).contains("req-9").doesNotContain(secret);
            });
        }
    }
}
