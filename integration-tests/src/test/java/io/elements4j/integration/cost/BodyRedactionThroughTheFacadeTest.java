package io.elements4j.integration.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.adapter.support.RedactionWatch;
import io.elements4j.client.Elements;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.observe.CallEnded;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.RawResponse;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a response's redacted copy costs, through the facade on Kling's adapter: nothing for a call that succeeds when
 * no listener reads its body (the facade's own keeper of {@link Elements#lastFailedResponse()} reads only failures),
 * one pass over a failed answer however many read it, and one over a success a listener asked to read.
 */
class BodyRedactionThroughTheFacadeTest {

    private final KlingShapedStub stub = new KlingShapedStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void a_successful_call_redacts_nothing_when_no_listener_reads_its_body() {
        try (Elements elements =
                        stub.facade().listener(new ElementsListener() {}).build();
                RedactionWatch watch = RedactionWatch.open()) {
            succeeded(elements.submit(courier()));
            succeeded(elements.task(CreationTaskId.of(KlingShapedStub.TASK_ID)));
            succeeded(elements.list(ElementFilter.all(), PageRequest.of(1, KlingShapedStub.LIST_SIZE)));
            succeeded(elements.delete(ElementId.of(KlingShapedStub.ELEMENT_ID)));

            assertThat(watch.scanned()).isEmpty();
            assertThat(elements.lastFailedResponse()).isEmpty();
        }
    }

    @Test
    void a_failed_answer_is_kept_for_a_support_ticket_redacted_in_one_pass() {
        List<CallEnded> seen = new ArrayList<>();
        try (Elements elements = stub.facade().listener(bodiesOf(seen)).build();
                RedactionWatch watch = RedactionWatch.open()) {
            assertThat(elements.task(CreationTaskId.of(KlingShapedStub.MISSING_TASK_ID))
                            .getLeft())
                    .isInstanceOf(ElementsError.NotFound.class);

            RawResponse kept = elements.lastFailedResponse().get();
            assertThat(kept.status()).isEqualTo(400);
            assertThat(kept.body())
                    .contains("\"code\":1202", "task not found for key ****")
                    .doesNotContain(KlingShapedStub.API_KEY);
            assertThat(seen.get(0).response()).isEqualTo(Option.some(kept));
            assertThat(watch.scanned())
                    .filteredOn(text -> text.contains("task not found"))
                    .hasSize(1);
        }
    }

    @Test
    void a_listener_that_reads_bodies_is_shown_a_successful_answer_redacted_after_one_pass() {
        List<CallEnded> seen = new ArrayList<>();
        try (Elements elements = stub.facade()
                        .listener(bodiesOf(seen))
                        .listener(bodiesOf(new ArrayList<>()))
                        .build();
                RedactionWatch watch = RedactionWatch.open()) {
            succeeded(elements.task(CreationTaskId.of(KlingShapedStub.TASK_ID)));

            RawResponse shown = seen.get(0).response().get();
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.body()).contains("\"task_id\":\"" + KlingShapedStub.TASK_ID + "\"");
            assertThat(watch.scanned()).hasSize(1);
            assertThat(elements.lastFailedResponse()).isEmpty();
        }
    }

    private static void succeeded(Either<ElementsError, ?> answer) {
        assertThat(answer.isRight()).as("%s", answer).isTrue();
    }

    /** A listener that reads every body, keeping what each call ended with. */
    private static ElementsListener bodiesOf(List<CallEnded> seen) {
        return new ElementsListener() {
            @Override
            public void callEnded(CallEnded event) {
                seen.add(event);
            }

            @Override
            public boolean wantsBodies() {
                return true;
            }
        };
    }

    private static ElementDraft courier() {
        return ElementDraft.image("Courier", MediaSource.url("https://example.com/courier/front.jpg"))
                .extras(MediaSource.url("https://example.com/courier/side.jpg"))
                .description("Red-haired courier in a yellow raincoat")
                .build();
    }
}
