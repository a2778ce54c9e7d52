package io.elements4j.client.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.time.Backoff;
import io.elements4j.testkit.VirtualTime;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The facade's one receiver, as a vendor and a host app see it. */
class CallbackReceiverTest {

    private final ScriptedProvider vendor =
            new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT, Capability.TASK_QUERY, Capability.CALLBACKS);

    private Elements elements(ScriptedProvider provider) {
        return Elements.builder()
                .provider(provider)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .build();
    }

    private static IncomingCallback callback(String signature, String body) {
        return IncomingCallback.ofSingleValues(Map.of("X-Signature", signature), body);
    }

    @Test
    void a_facade_whose_callbacks_go_elsewhere_polls_a_task_with_a_callback_url_on_its_usual_backoff() {
        AwaitOptions waits =
                AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(2), 1.0, 0.0));

        Duration receiving = timeToFinish(true, waits);
        Duration elsewhere = timeToFinish(false, waits);

        assertThat(receiving)
                .as("its callback is expected: polled only as a safety net")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(45));
        assertThat(elsewhere)
                .as("the callback goes to another process: polled every 2 s, done on the 2nd poll")
                .isEqualTo(Duration.ofSeconds(4));
    }

    /** How long a wait for a task created with a callback URL takes when the vendor ends it on its second poll. */
    private Duration timeToFinish(boolean receivesCallbacks, AwaitOptions waits) {
        ScriptedProvider scripted =
                new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT, Capability.TASK_QUERY, Capability.CALLBACKS);
        scripted.taskStates.add(TaskState.PROCESSING);
        scripted.taskStates.add(TaskState.SUCCEEDED);
        VirtualTime time = VirtualTime.startingNow();
        try (Elements elements = Elements.builder()
                .provider(scripted)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time.clock())
                .sleeper(time)
                .receivesCallbacks(receivesCallbacks)
                .build()) {
            ElementDraft draft = ElementDraft.image("Hooked", MediaSource.url("https://example.com/front.jpg"))
                    .extras(MediaSource.url("https://example.com/side.jpg"))
                    .description("a courier")
                    .callbackUrl("https://hooks.example.com/elements")
                    .build();
            Either<ElementsError, Awaited<CreationTask>> done = elements.createAndAwait(draft, waits);
            assertThat(done.get().value().state()).isEqualTo(TaskState.SUCCEEDED);
            return done.get().elapsed();
        }
    }

    @Test
    void a_vendor_without_callbacks_is_not_asked() {
        ScriptedProvider silent = new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT, Capability.TASK_QUERY);
        try (Elements elements = elements(silent)) {
            Either<ElementsError, CreationTask> read = elements.receiveCallback(callback("good", "done:t-1"));

            assertThat(read.getLeft()).isInstanceOf(ElementsError.Unsupported.class);
            assertThat(silent.calls).doesNotContain("callback");
        }
    }

    @Test
    void a_refused_callback_is_a_value_and_records_nothing() {
        try (Elements elements = elements(vendor)) {
            assertThat(elements.receiveCallback(callback("forged", "done:t-1")).getLeft())
                    .isInstanceOf(ElementsError.Unauthorized.class);
            assertThat(elements.receiveCallback(callback("good", "<html>502</html>"))
                            .getLeft())
                    .isInstanceOf(ElementsError.ProviderFailure.class);
            assertThat(elements.taskUpdates().latest(CreationTaskId.of("t-1"))).isEmpty();
        }
    }

    @Test
    void the_start_up_log_warns_when_a_signing_vendors_callbacks_are_taken_unverified() {
        Logger log = Logger.getLogger("io.elements4j.client");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(capture);
        try {
            ScriptedProvider unverified = new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT, Capability.CALLBACKS);
            unverified.verification = CallbackVerification.UNSIGNED_ACCEPTED;
            try (Elements checked = elements(vendor);
                    Elements unchecked = elements(unverified)) {
                assertThat(checked.callbackVerification()).isEqualTo(CallbackVerification.SIGNATURES_CHECKED);
                assertThat(unchecked.callbackVerification()).isEqualTo(CallbackVerification.UNSIGNED_ACCEPTED);
            }
        } finally {
            log.removeHandler(capture);
        }

        assertThat(records)
                .filteredOn(r -> r.getLevel() == Level.WARNING)
                .singleElement()
                .satisfies(r -> assertThat(r.getMessage())
                        .contains("kling-official", "UNVERIFIED", "accept-unsigned-callbacks"));
    }

    @Test
    void a_provider_without_callbacks_says_so() {
        try (Elements elements = elements(new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT))) {
            assertThat(elements.callbackVerification()).isEqualTo(CallbackVerification.NO_CALLBACKS);
        }
    }
}
