package io.elements4j.adapter.falqueue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.adapter.falqueue.internal.FalQueueApi;
import io.elements4j.adapter.falqueue.internal.FalQueueMapper;
import io.elements4j.adapter.falqueue.internal.FalQueueRequest;
import io.elements4j.adapter.falqueue.internal.FalQueueStatus;
import io.elements4j.adapter.falqueue.internal.Outcomes;
import io.elements4j.adapter.falqueue.internal.SubmitRequest;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.CallbackBodies;
import io.elements4j.adapter.support.IdShape;
import io.elements4j.adapter.support.KlingIds;
import io.elements4j.adapter.support.LostCreates;
import io.elements4j.adapter.support.Shown;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The ports over GMI Cloud's request queue: a create is {@code POST /requests} with model
 * {@code kling-create-element}, a task lookup {@code GET /requests/{request_id}}. The tag catalogue is GMI Cloud's queue guide's
 * static table; the ports' defaults answer what the queue does not offer with {@code Unsupported}.
 *
 * <p>The queue takes no idempotency key, so a create is never sent twice once it may have been accepted: after a
 * broken connection, a 500/502/504 or an unreadable answer the caller gets {@code ProviderFailure(ambiguous)}.
 * A 429 or 503 answer means the queue turned the request away, so that create is sent again after the wait.
 */
final class FalQueueClient implements VendorClient {

    /**
     * The queue's request ids: GMI Cloud shows UUIDs ({@code 550e8400-e29b-41d4-a716-446655440000}); letters, digits,
     * '-', '_', '.' and ':' up to 128 characters are taken, so a longer or stranger id is refused before it is kept.
     */
    static final IdShape REQUEST_ID =
            IdShape.of("request_id", "[A-Za-z0-9][A-Za-z0-9_.:-]*", 128, "a request id (a UUID)");

    /**
     * The queue takes no idempotency key and lists no requests: a create whose answer was lost stays ambiguous, and
     * says so plainly.
     */
    private static final UnaryOperator<ElementsError> LOST_CREATE = LostCreates.sayWhereToLook(
            "The queue offers no lookup by a key or a listing of requests, so elements4j cannot tell whether it was"
                    + " accepted",
            "the request list in the GMI Cloud console (https://console.gmicloud.ai)");

    private final VendorHttp http;
    private final FalQueueApi api;
    private final String model;
    private final String vendor;

    FalQueueClient(VendorHttp http, String model) {
        this.http = Objects.requireNonNull(http, "http");
        this.api = http.client(FalQueueApi.class);
        this.model = Objects.requireNonNull(model, "model");
        this.vendor = http.vendor();
    }

    // ---- creation --------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return send(FalQueueMapper.INSTANCE.submitRequest(draft, model));
    }

    private Either<ElementsError, CreationTask> send(SubmitRequest body) {
        return http.call(CallKind.CREATE, () -> api.submit(body), FalQueueClient::requestId, this::accepted)
                .mapLeft(LOST_CREATE);
    }

    /** The submit answer. The request exists once it has an id, so a missing status means it is queued. */
    private Either<String, CreationTask> accepted(FalQueueRequest answer) {
        if (isBlank(answer.requestId())) {
            return Either.left(vendor + " answered the create without a request_id");
        }
        FalQueueRequest reported = answer.status() == null ? withStatus(answer, FalQueueStatus.QUEUED.wire()) : answer;
        return report(reported);
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        Objects.requireNonNull(id, "id");
        return http.call(
                CallKind.READ,
                () -> api.request(id.value()),
                answer -> requestId(answer).orElse(Option.some(id.value())),
                answer -> report(isBlank(answer.requestId()) ? withRequestId(answer, id.value()) : answer));
    }

    /**
     * The queue's callback body is not documented: it is read as the request object its lookup answers, and, failing
     * that, as the fal-style webhook ({@code request_id}, {@code status: OK | ERROR}, {@code payload},
     * {@code error}), whose payload is the outcome. The queue does not sign callbacks.
     */
    @Override
    public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
        return CallbackBodies.object(callback, vendor)
                .flatMap(body -> CallbackBodies.bind(webhookAsRequest(body), FalQueueRequest.class, vendor))
                .flatMap(answer -> isBlank(answer.requestId())
                        ? Either.left(CallbackBodies.unusable(vendor, "names no request_id"))
                        : report(answer)
                                .mapLeft(problem -> CallbackBodies.unusable(vendor, "is not usable: " + problem)));
    }

    /** A fal-style webhook body ({@code status} OK or ERROR, the outcome in {@code payload}) as a request object. */
    private static JsonNode webhookAsRequest(JsonNode body) {
        String status = body.path("status").asText("");
        if (!(body instanceof ObjectNode object)
                || !(status.equals("OK") || status.equals("ERROR"))
                || body.has("outcome")) {
            return body;
        }
        ObjectNode copy = object.deepCopy();
        copy.put("status", status.equals("OK") ? "success" : "failed");
        if (copy.has("payload")) {
            copy.set("outcome", copy.remove("payload"));
        }
        return copy;
    }

    private static Option<String> requestId(FalQueueRequest answer) {
        return isBlank(answer.requestId()) ? Option.none() : Option.some(answer.requestId());
    }

    /**
     * A report as a task, or what in it cannot be trusted — an undocumented state, a success that names no element
     * or an element id of the wrong shape — which the adapter treats as an unreadable answer: asked again on a poll,
     * ambiguous on a create.
     */
    private Either<String, CreationTask> report(FalQueueRequest answer) {
        Option<String> badRequestId = REQUEST_ID.problem(answer.requestId());
        if (badRequestId.isDefined()) {
            return Either.left(vendor + " reported a request whose " + badRequestId.get());
        }
        Option<FalQueueStatus> status = FalQueueStatus.of(answer.status());
        if (status.isEmpty()) {
            return Either.left(vendor + " reported request " + answer.requestId() + " in state "
                    + Shown.prefix(answer.status())
                    + ", which is not one of queued, dispatched, processing, success, failed, cancelled");
        }
        if (status.get() == FalQueueStatus.SUCCESS) {
            Seq<String> ids = Outcomes.elementIds(answer.outcome());
            if (ids.isEmpty()) {
                return Either.left(vendor + " reported request " + answer.requestId()
                        + " as a success, but its outcome names no element_id: " + snippet(answer));
            }
            Option<String> badId = KlingIds.problem("element_id", ids);
            if (badId.isDefined()) {
                return Either.left(
                        vendor + " reported request " + answer.requestId() + " as a success, but its " + badId.get());
            }
        }
        return Either.right(FalQueueMapper.INSTANCE.task(answer));
    }

    private static String snippet(FalQueueRequest answer) {
        String outcome = answer.outcome() == null ? "none" : answer.outcome().toString();
        return outcome.length() > 200 ? outcome.substring(0, 200) + "…" : outcome;
    }

    private static FalQueueRequest withStatus(FalQueueRequest r, String status) {
        return new FalQueueRequest(
                r.requestId(), r.model(), status, r.outcome(), r.error(), r.createdAt(), r.updatedAt(), r.queuedAt());
    }

    private static FalQueueRequest withRequestId(FalQueueRequest r, String requestId) {
        return new FalQueueRequest(
                requestId, r.model(), r.status(), r.outcome(), r.error(), r.createdAt(), r.updatedAt(), r.queuedAt());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    // ---- what the queue has, and what it does not --------------------------------------------------------------

    /** The tag table of GMI Cloud's queue guide, which the queue serves from no endpoint. */
    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return Either.right(TagCatalogue.all());
    }

    @Override
    public String toString() {
        return "FalQueueClient[" + http.baseUrl() + ", model " + model + "]";
    }

    /** Releases the vendor connections this client holds. */
    @Override
    public void close() {
        http.close();
    }
}
