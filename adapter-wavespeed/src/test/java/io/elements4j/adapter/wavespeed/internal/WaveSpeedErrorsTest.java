package io.elements4j.adapter.wavespeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.Headers;
import io.elements4j.adapter.support.HttpFailure;
import io.elements4j.domain.error.ElementsError;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** WaveSpeed's envelope read for its meaning, where the HTTP status alone would mislead. */
class WaveSpeedErrorsTest {

    private final WaveSpeedErrors errors = new WaveSpeedErrors();

    @Test
    void a_bad_request_that_speaks_of_the_balance_is_InsufficientCredits_with_wavespeeds_words() {
        ElementsError error = errors.classify(
                answer(
                        400,
                        "{\"code\":400,\"message\":\"Bad Request\","
                                + "\"data\":{\"error\":\"Insufficient balance, please top up your account\"}}"),
                CallKind.CREATE);

        assertThat(error).isInstanceOf(ElementsError.InsufficientCredits.class);
        assertThat(error.message()).contains("Insufficient balance, please top up");
    }

    @Test
    void any_other_bad_request_stays_invalid_and_keeps_the_error_text_rather_than_the_status_phrase() {
        ElementsError error = errors.classify(
                answer(
                        400,
                        "{\"code\":400,\"message\":\"Bad Request\","
                                + "\"data\":{\"error\":\"frontal_image could not be downloaded\"}}"),
                CallKind.CREATE);

        assertThat(error).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(error.message()).contains("frontal_image could not be downloaded");
    }

    @Test
    void an_http_200_carrying_an_error_code_is_that_error_and_a_create_it_answers_stays_ambiguous() {
        ElementsError error = errors.classify(
                answer(
                        200,
                        "{\"code\":500,\"message\":\"Internal Server Error\","
                                + "\"data\":{\"error\":\"inference backend unavailable\"}}"),
                CallKind.CREATE);

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        f -> assertThat(f.ambiguous()).isTrue());
        assertThat(WaveSpeedErrors.isErrorEnvelope(
                        io.elements4j.adapter.support.Json.tree("{\"code\":200,\"data\":{\"id\":\"x\"}}")
                                .get()))
                .isFalse();
    }

    private static HttpFailure answer(int status, String body) {
        return HttpFailure.response(status, Headers.none(), body, Clock.systemUTC());
    }
}
