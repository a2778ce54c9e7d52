package io.elements4j.adapter.evolink;

import io.elements4j.adapter.evolink.internal.CustomElementRequest;
import io.elements4j.adapter.evolink.internal.EvolinkApi;
import io.elements4j.adapter.evolink.internal.EvolinkMapper;
import io.elements4j.adapter.evolink.internal.EvolinkTasks;
import io.elements4j.adapter.evolink.internal.TaskObject;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.CallbackBodies;
import io.elements4j.adapter.support.LostCreates;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.function.UnaryOperator;

/**
 * Evolink's {@code kling-custom-element}: create ({@code POST /v1/videos/generations}) and task lookup
 * ({@code GET /v1/tasks/{id}}) — all Evolink offers for elements; the ports' defaults answer the rest with
 * {@code Unsupported}, and the facade never calls them.
 *
 * <p>A create is sent once. Evolink takes no idempotency key, so after a reset, a timeout or a 5xx the caller gets
 * {@code ProviderFailure(ambiguous = true)} and decides; only an answer proving the request was turned away (a
 * 429, no connection) is retried, by the shared retry policy.
 */
final class EvolinkClient implements VendorClient {

    /**
     * Evolink takes no idempotency key and offers no way to find a task but by its id: a create whose answer was lost
     * stays ambiguous, and says so plainly.
     */
    private static final UnaryOperator<ElementsError> LOST_CREATE = LostCreates.sayWhereToLook(
            "Evolink offers no lookup by a key or a listing of tasks, so elements4j cannot tell whether it was made",
            "the task list in your Evolink dashboard (https://evolink.ai/dashboard)");

    private final VendorHttp http;
    private final EvolinkApi api;

    EvolinkClient(VendorHttp http) {
        this.http = http;
        this.api = http.client(EvolinkApi.class);
    }

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return request(draft)
                .flatMap(request -> http.call(CallKind.CREATE, () -> api.create(request), EvolinkClient::accepted))
                .mapLeft(LOST_CREATE);
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return http.call(CallKind.READ, () -> api.task(id.value()), EvolinkTasks::read);
    }

    /**
     * Evolink's callback body is the task object its task query answers; Evolink does not sign callbacks, so give
     * it a callback URL no one can guess (a random path segment) if the endpoint is public.
     */
    @Override
    public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
        return CallbackBodies.task(callback, "Evolink", TaskObject.class, EvolinkTasks::read);
    }

    @Override
    public String toString() {
        return "EvolinkClient[" + http.baseUrl() + "]";
    }

    /** The body, or the reason a draft that skipped the rules cannot be sent (inline media, a voice clip). */
    private static Either<ElementsError, CustomElementRequest> request(ElementDraft draft) {
        return Try.of(() -> EvolinkMapper.INSTANCE.toRequest(draft))
                .toEither()
                .mapLeft(e -> new ElementsError.InvalidRequest(
                        "the draft cannot be sent to Evolink: " + e.getMessage(),
                        List.empty(),
                        Option.none(),
                        Option.none()));
    }

    /**
     * The task Evolink accepted. The create answer is trusted for its id above all: if the rest of it cannot be read,
     * the task is still Evolink's, so it is reported as submitted and polling tells the rest.
     */
    private static Either<String, CreationTask> accepted(TaskObject task) {
        if (task.id() == null || task.id().isBlank()) {
            return Either.left("Evolink accepted the create but its answer has no task id, so the task cannot be "
                    + "followed; it may still run and be charged");
        }
        return EvolinkTasks.read(task)
                .orElse(() -> Either.right(CreationTask.of(CreationTaskId.of(task.id()), TaskState.SUBMITTED)));
    }

    /** Releases the vendor connections this client holds. */
    @Override
    public void close() {
        http.close();
    }
}
