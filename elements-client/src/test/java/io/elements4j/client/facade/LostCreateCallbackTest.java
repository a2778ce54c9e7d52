package io.elements4j.client.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.FileCreationJournal;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.callback.CallbackRefusal;
import io.elements4j.ports.callback.DraftKeys;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.time.Backoff;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A create whose answer was lost, on a vendor that offers no lookup, is resolved by its callback: the facade made the
 * draft's callback URL its own, so the callback names the draft, and the wait takes it within its deadline.
 */
class LostCreateCallbackTest {

    private static final String HOOK = "https://hooks.example.com/elements?tenant=7";
    private static final AwaitOptions WAITS = AwaitOptions.DEFAULT
            .withBackoff(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(10), 2.0, 0.0))
            .withTimeout(Duration.ofMinutes(5));

    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);
    private final ScriptedProvider vendor =
            new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT, Capability.TASK_QUERY, Capability.CALLBACKS);
    private final AtomicReference<String> sentUrl = new AtomicReference<>();

    LostCreateCallbackTest() {
        // The vendor acts on the create, then the answer is lost: a callback is all that will tell.
        vendor.onSubmitDraft = draft -> {
            sentUrl.set(draft.callbackUrl().getOrNull());
            return Either.left(ElementsError.ProviderFailure.ambiguous(
                    "the connection was reset after sending", 0, Option.none(), Option.none()));
        };
    }

    private Elements elements() {
        return Elements.builder()
                .provider(vendor)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time.clock())
                .sleeper(scheduler.sleeper())
                .scheduler(scheduler)
                .asyncExecutor(Runnable::run)
                .build();
    }

    private static ElementDraft draft(String key, Option<String> callbackUrl) {
        ElementDraft.Builder draft = ElementDraft.image("Courier", MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("a courier")
                .idempotencyKey(IdempotencyKey.of(key));
        callbackUrl.forEach(draft::callbackUrl);
        return draft.build();
    }

    /** The vendor calls back the URL it was given, {@code after} the create. */
    private void callsBackAfter(Elements elements, Duration after, String taskId) {
        scheduler.schedule(
                after,
                () -> elements.receiveCallback(IncomingCallback.of(
                        path(sentUrl.get()),
                        Map.of("X-Signature", java.util.List.of("good")),
                        ("done:" + taskId).getBytes())));
    }

    /** What a receiver behind a proxy sees of the URL: its path and query. */
    private static String path(String url) {
        return url.substring(url.indexOf('/', "https://".length()));
    }

    @Test
    void the_callback_URL_carries_the_drafts_key_and_keeps_the_rest() {
        try (Elements elements = elements()) {
            elements.submit(draft("hero-042", Option.some(HOOK)));

            assertThat(sentUrl.get()).isEqualTo(HOOK + "&" + DraftKeys.PARAMETER + "=hero-042");
        }
    }

    @Test
    void createAndAwait_waits_for_the_callback_of_a_create_whose_answer_was_lost() {
        try (Elements elements = elements()) {
            callsBackAfter(elements, Duration.ofSeconds(30), "t-9");

            Either<ElementsError, Awaited<CreationTask>> done =
                    elements.createAndAwait(draft("hero-042", Option.some(HOOK)), WAITS);

            assertThat(done.isRight()).as("%s", done).isTrue();
            assertThat(done.get().value().id()).isEqualTo(CreationTaskId.of("t-9"));
            assertThat(done.get().value().elementIds().map(e -> e.value())).containsExactly("e-t-9");
            assertThat(done.get().value().idempotencyKey()).contains(IdempotencyKey.of("hero-042"));
            assertThat(done.get().elapsed()).isEqualTo(Duration.ofSeconds(30));
            assertThat(vendor.calls)
                    .as("sent once, never polled by a key it does not know")
                    .containsExactly("submit", "callback");
            assertThat(elements.taskUpdates()
                            .forDraft(IdempotencyKey.of("hero-042"))
                            .map(CreationTask::id))
                    .contains(CreationTaskId.of("t-9"));
            assertThat(elements.taskUpdates().listening()).isZero();
        }
    }

    @Test
    void the_async_view_and_a_bulk_run_wait_for_it_the_same_way() {
        try (Elements elements = elements()) {
            callsBackAfter(elements, Duration.ofSeconds(20), "t-1");
            CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> one =
                    elements.async().createAndAwait(draft("hero-1", Option.some(HOOK)), WAITS);
            scheduler.runUntil(one::isDone, Duration.ofSeconds(10));
            callsBackAfter(elements, Duration.ofSeconds(20), "t-2");
            CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> bulk = elements.async()
                    .createAll(
                            List.of(draft("hero-2", Option.some(HOOK))),
                            BulkOptions.defaults().withAwait(WAITS));
            scheduler.runUntil(bulk::isDone, Duration.ofSeconds(10));

            assertThat(one.join().map(a -> a.value().id())).isEqualTo(Either.right(CreationTaskId.of("t-1")));
            assertThat(bulk.join().head().map(a -> a.value().id())).isEqualTo(Either.right(CreationTaskId.of("t-2")));
        }
    }

    @Test
    void without_a_callback_URL_nothing_changes_the_answer_is_CreationUnknown_at_once() {
        try (Elements elements = elements()) {
            Instant start = time.now();

            Either<ElementsError, Awaited<CreationTask>> done =
                    elements.createAndAwait(draft("hero-7", Option.none()), WAITS);

            assertThat(done.getLeft()).isInstanceOf(ElementsError.CreationUnknown.class);
            assertThat(time.now()).isEqualTo(start);
        }
    }

    @Test
    void with_no_callback_within_the_deadline_the_answer_is_CreationUnknown_saying_so_and_await_by_key_goes_on() {
        try (Elements elements = elements()) {
            Instant start = time.now();

            Either<ElementsError, Awaited<CreationTask>> first =
                    elements.createAndAwait(draft("hero-8", Option.some(HOOK)), WAITS);

            assertThat(first.getLeft()).isInstanceOfSatisfying(ElementsError.CreationUnknown.class, unknown -> {
                assertThat(unknown.idempotencyKey()).isEqualTo(IdempotencyKey.of("hero-8"));
                assertThat(unknown.message())
                        .contains("connection was reset", "no callback named the draft", "await(\"hero-8\")");
            });
            assertThat(Duration.between(start, time.now())).isEqualTo(Duration.ofMinutes(5));

            callsBackAfter(elements, Duration.ofMinutes(2), "t-8");
            Either<ElementsError, Awaited<CreationTask>> later = elements.await(CreationTaskId.of("hero-8"), WAITS);

            assertThat(later.map(a -> a.value().id())).isEqualTo(Either.right(CreationTaskId.of("t-8")));
        }
    }

    @Test
    void a_callback_whose_URL_names_another_draft_than_its_body_is_refused() {
        try (Elements elements = elements()) {
            ScriptedProvider keyed = vendor;
            keyed.callbackKey = Option.some(IdempotencyKey.of("hero-1"));
            Either<ElementsError, CreationTask> read = elements.receiveCallback(IncomingCallback.of(
                    "/elements?" + DraftKeys.PARAMETER + "=hero-2",
                    Map.of("X-Signature", java.util.List.of("good")),
                    "done:t-1".getBytes()));
            Either<ElementsError, CreationTask> notAKey = elements.receiveCallback(IncomingCallback.of(
                    "/elements?" + DraftKeys.PARAMETER + "=" + "%00".repeat(10),
                    Map.of("X-Signature", java.util.List.of("good")),
                    "done:t-1".getBytes()));

            assertThat(read.getLeft().message()).contains("names draft hero-2", "created for draft hero-1");
            assertThat(CallbackRefusal.httpStatus(read.getLeft())).isEqualTo(400);
            assertThat(CallbackRefusal.httpStatus(notAKey.getLeft())).isEqualTo(400);
            assertThat(elements.taskUpdates().latest(CreationTaskId.of("t-1"))).isEmpty();
        }
    }

    @Test
    void a_resumed_bulk_run_waits_for_the_callback_of_a_draft_the_last_run_was_sending(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        ElementDraft hooked = draft("hero-3", Option.some(HOOK));
        FileCreationJournal journal = FileCreationJournal.open(dir.resolve("run.journal"));
        // The last run stopped between sending the draft and hearing back.
        journal.intent(hooked.idempotencyKey(), hooked.name(), time.now());
        sentUrl.set(DraftKeys.inUrl(HOOK, hooked.idempotencyKey()));
        try (Elements elements = elements()) {
            callsBackAfter(elements, Duration.ofSeconds(40), "t-3");
            CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> resumed = elements.async()
                    .createAll(
                            List.of(hooked),
                            BulkOptions.defaults().withAwait(WAITS).withJournal(journal));
            scheduler.runUntil(resumed::isDone, Duration.ofSeconds(10));

            assertThat(resumed.join().head().map(a -> a.value().id()))
                    .isEqualTo(Either.right(CreationTaskId.of("t-3")));
            assertThat(vendor.calls).as("not sent again").doesNotContain("submit");
        }
    }
}
