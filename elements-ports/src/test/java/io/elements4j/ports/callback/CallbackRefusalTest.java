package io.elements4j.ports.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** What a vendor is answered for each reason a callback is refused: the status decides whether it sends it again. */
class CallbackRefusalTest {

    @Test
    void a_callback_that_could_not_be_kept_is_a_server_error_so_the_vendor_sends_it_again() {
        ElementsError notKept =
                ElementsError.ProviderFailure.retryable("the shared record is down", 0, Option.none(), Option.none());

        assertThat(CallbackRefusal.httpStatus(notKept)).isEqualTo(503);
    }

    @Test
    void a_final_failure_a_bad_signature_an_oversized_or_foreign_body_each_get_their_own_status() {
        ElementsError failed = ElementsError.ProviderFailure.definite("not retryable", 0, Option.none(), Option.none());
        ElementsError tooLarge = ElementsError.InvalidRequest.of(List.of(
                new RuleViolation("body", RuleCodes.CALLBACK_BODY_TOO_LARGE, "the body is larger than 1048576 bytes")));

        assertThat(CallbackRefusal.httpStatus(failed)).isEqualTo(400);
        assertThat(CallbackRefusal.httpStatus(
                        new ElementsError.Unauthorized("bad signature", Option.none(), Option.none())))
                .isEqualTo(401);
        assertThat(CallbackRefusal.httpStatus(tooLarge)).isEqualTo(413);
    }
}
