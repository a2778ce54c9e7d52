package io.elements4j.adapter.falqueue;

import io.elements4j.adapter.falqueue.internal.Outcomes;
import io.elements4j.adapter.falqueue.internal.QueueApi;
import io.elements4j.adapter.falqueue.internal.QueueMapper;
import io.elements4j.adapter.falqueue.internal.QueueRequest;
import io.elements4j.adapter.falqueue.internal.QueueStatus;
import io.elements4j.adapter.falqueue.internal.SubmitRequest;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.rules.ReferenceRules;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.adapter.support.CreationOnlyClient;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The ports over GMI Cloud's request queue: a create is {@code POST /requests} with model
 * {@code kling-create-element}, a task lookup {@code GET /requests/{request_id}}. The tag catalogue is GMI Cloud's queue guide's
 * static table; everything else the queue does not offer answers {@code Unsupported} without a request.
 *
 * <p>The queue takes no idempotency key, so a create is never sent twice once it may have been accepted: after a
 * broken connection, a 500/502/504 or an unreadable answer the caller gets {@code ProviderFailure(ambiguous)}.
 * A 429 or 503 answer means the queue turned the request away, so that create is sent again after the wait.
 */
final class QueueElementsClient extends CreationOnlyClient {

    private final VendorHttp http;
    private final QueueApi api;
    private final String model;
    private final RuleProfile profile;
    private final String vendor;

    QueueElementsClient(VendorHttp http, String model, RuleProfile profile) {
        this.http = Objects.requireNonNull(http, "http");
        this.api = http.client(QueueApi.class);
        this.model = Objects.requireNonNull(model, "model");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.vendor = http.vendor();
    }

    // ---- creation --------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return ElementsError.InvalidRequest.unlessValid(ReferenceRules.validate(draft, profile))
                .map(valid -> QueueMapper.INSTANCE.submitRequest(valid, model))
                .flatMap(this::send);
    }

    private Either<ElementsError, CreationTask> send(SubmitRequest body) {
        return http.<QueueRequest>call(CallKind.CREATE, () -> api.submit(body)).flatMap(this::accepted);
    }

    /** The submit answer. The request exists once it has an id, so a missing status means it is queued. */
    private Either<ElementsError, CreationTask> accepted(QueueRequest answer) {
        if (isBlank(answer.requestId())) {
            return Either.left(new ElementsError.ProviderFailure(vendor + " answered the create without a request_id;"
                    + " the request may have been accepted, so look for it in the GMI console before sending it again",
                    200, Option.none(), Option.none(), false, true));
        }
        QueueRequest reported = answer.status() == null ? withStatus(answer, QueueStatus.QUEUED.wire()) : answer;
        return report(reported, true);
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        Objects.requireNonNull(id, "id");
        return http.<QueueRequest>call(CallKind.READ, () -> api.request(id.value()))
                .map(answer -> isBlank(answer.requestId()) ? withRequestId(answer, id.value()) : answer)
                .flatMap(answer -> report(answer, false));
    }

    /**
     * A report as a task: an undocumented state, or a success that names no element, is a failure of the vendor
     * rather than a guess. For a create's answer that failure is ambiguous: the request was accepted.
     */
    private Either<ElementsError, CreationTask> report(QueueRequest answer, boolean onCreate) {
        Option<QueueStatus> status = QueueStatus.of(answer.status());
        if (status.isEmpty()) {
            return Either.left(failure("reported request " + answer.requestId() + " in state '" + answer.status()
                    + "', which is not one of queued, dispatched, processing, success, failed, cancelled", answer, onCreate));
        }
        if (status.get() == QueueStatus.SUCCESS && Outcomes.elementIds(answer.outcome()).isEmpty()) {
            return Either.left(failure("reported request " + answer.requestId()
                    + " as a success, but its outcome names no element_id: " + snippet(answer), answer, onCreate));
        }
        return Either.right(QueueMapper.INSTANCE.task(answer));
    }

    private ElementsError failure(String what, QueueRequest answer, boolean onCreate) {
        String note = onCreate ? "; the request was accepted, so poll it rather than sending it again" : "";
        return new ElementsError.ProviderFailure(vendor + " " + what + note, 200, Option.none(),
                Option.of(answer.requestId()), false, onCreate);
    }

    private static String snippet(QueueRequest answer) {
        String outcome = answer.outcome() == null ? "none" : answer.outcome().toString();
        return outcome.length() > 200 ? outcome.substring(0, 200) + "…" : outcome;
    }

    private static QueueRequest withStatus(QueueRequest r, String status) {
        return new QueueRequest(r.requestId(), r.model(), status, r.outcome(), r.error(), r.createdAt(), r.updatedAt(),
                r.queuedAt());
    }

    private static QueueRequest withRequestId(QueueRequest r, String requestId) {
        return new QueueRequest(requestId, r.model(), r.status(), r.outcome(), r.error(), r.createdAt(), r.updatedAt(),
                r.queuedAt());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    // ---- what the queue has, and what it does not --------------------------------------------------------------

    /** Seed 002's tag table, which the queue serves from no endpoint. */
    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return Either.right(TagCatalogue.all());
    }

    @Override
    protected String vendorLabel() {
        return vendor + " (" + FalQueueElementsProvider.ID + ")";
    }

    @Override
    protected String whyNotOffered() {
        return "the request queue offers element creation and request lookup only (capability is not offered by this provider)";
    }

    @Override
    public String toString() {
        return "QueueElementsClient[" + http.baseUrl() + ", model " + model + "]";
    }

    /** Releases the vendor connections this client holds. */
    @Override
    public void close() {
        http.close();
    }
}
