package io.elements4j.adapter.wavespeed;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.CallbackBodies;
import io.elements4j.adapter.support.KlingElementFields;
import io.elements4j.adapter.support.KlingIds;
import io.elements4j.adapter.support.LenientIds;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.support.WebhookSignatures;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi.Prediction;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;

/**
 * WaveSpeed behind the creation port: a create submits a prediction of the element model, a task is that
 * prediction ({@code GET /api/v3/predictions/{id}/result}), and a finished prediction's first output is the element.
 * WaveSpeed offers nothing else for elements; the ports' defaults answer the rest with {@code Unsupported}.
 *
 * <p>A create is sent once: WaveSpeed takes no idempotency key, and its SDKs do not re-send a submission either.
 * After a reset, a timeout or a 5xx the caller learns the outcome is unknown, and where to look.
 */
final class WaveSpeedClient implements VendorClient {

    private final VendorHttp http;
    private final WaveSpeedApi api;
    private final String model;
    private final Webhooks webhooks;

    /**
     * How webhooks are judged: the verifier made from {@code callback-secret}, if set; the verification in force; and
     * the refusal of an unsigned webhook when neither a secret nor {@code accept-unsigned-callbacks} says otherwise.
     */
    record Webhooks(Option<WebhookSignatures> verifier, CallbackVerification verification, ElementsError refusal) {

        Either<ElementsError, IncomingCallback> admit(IncomingCallback callback) {
            return verifier.map(signatures -> signatures.verify(callback).map(ok -> callback))
                    .getOrElse(() -> verification == CallbackVerification.UNSIGNED_ACCEPTED
                            ? Either.right(callback)
                            : Either.left(refusal));
        }
    }

    WaveSpeedClient(VendorHttp http, String model, Webhooks webhooks) {
        this.http = http;
        this.api = http.client(WaveSpeedApi.class);
        this.model = model;
        this.webhooks = webhooks;
    }

    /** The draft's callback URL, if any, goes as {@code ?webhook=}. */
    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        WaveSpeedApi.ElementRequest body = request(draft);
        return http.call(
                        CallKind.CREATE,
                        () -> draft.callbackUrl()
                                .map(url -> api.create(model, url, body))
                                .getOrElse(() -> api.create(model, body)),
                        answer -> answer.data() == null
                                ? Either.left("WaveSpeed answered the create without data")
                                : task(answer.data()))
                .mapLeft(WaveSpeedClient::sayWhereToLook);
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return http.call(
                CallKind.READ,
                () -> api.result(id.value()),
                answer -> answer.data() == null ? Either.left("WaveSpeed answered without data") : task(answer.data()));
    }

    /**
     * A webhook's body is the bare prediction (with its {@code input}); it must be signed by WaveSpeed and is checked
     * with {@code callback-secret}, else it is {@code Unauthorized} and never read — unless
     * {@code accept-unsigned-callbacks=true} takes it unverified.
     */
    @Override
    public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
        return webhooks.admit(callback)
                .flatMap(genuine -> CallbackBodies.object(genuine, WaveSpeedElementsProvider.VENDOR))
                .flatMap(body -> CallbackBodies.bind(body, Prediction.class, WaveSpeedElementsProvider.VENDOR))
                .flatMap(prediction -> task(prediction)
                        .mapLeft(problem -> CallbackBodies.unusable(
                                WaveSpeedElementsProvider.VENDOR, "is not usable: " + problem)));
    }

    @Override
    public CallbackVerification callbackVerification() {
        return webhooks.verification();
    }

    @Override
    public String toString() {
        return "WaveSpeedClient[" + http.baseUrl() + ", kwaivgi/" + model + "]";
    }

    @Override
    public void close() {
        http.close();
    }

    /** The advanced model's flat body; the facade has checked the draft against its page's limits. */
    private static WaveSpeedApi.ElementRequest request(ElementDraft draft) {
        KlingElementFields f =
                KlingElementFields.of(draft, KlingElementFields.urlOnly(WaveSpeedElementsProvider.VENDOR));
        return new WaveSpeedApi.ElementRequest(
                f.elementName(),
                f.elementDescription(),
                f.referenceType(),
                f.frontalImage(),
                f.referImages(),
                f.referVideo() == null ? null : java.util.List.of(f.referVideo()),
                f.elementVoiceId());
    }

    /**
     * A prediction as a task: {@code created} is submitted, {@code processing} processing, {@code completed} a
     * finished task with its element, {@code failed}, {@code cancelled} and {@code timeout} failed with WaveSpeed's
     * reason. A {@code deleted} prediction (WaveSpeed keeps them 7 days) no longer tells its outcome: unreadable, so a
     * wait keeps its last state rather than report a failure that may not be one.
     */
    private static Either<String, CreationTask> task(Prediction p) {
        if (p.id() == null || p.id().isBlank()) {
            return Either.left("the prediction came without an id");
        }
        CreationTask task = CreationTask.of(CreationTaskId.of(p.id()), TaskState.SUBMITTED)
                .withTimes(Try.of(() -> Instant.parse(p.created_at())).toOption(), Option.none());
        String reason = Option.of(p.error()).filter(e -> !e.isBlank()).getOrElse("WaveSpeed gave no reason");
        return switch (String.valueOf(p.status())) {
            case "created" -> Either.right(task);
            case "processing" -> Either.right(task.withState(TaskState.PROCESSING));
            case "completed" ->
                element(p).map(e -> task.withState(TaskState.SUCCEEDED).withElements(List.of(e)));
            case "failed" -> Either.right(task.withState(TaskState.FAILED).withFailureReason(reason));
            case "cancelled", "timeout" ->
                Either.right(task.withState(TaskState.FAILED)
                        .withFailureReason("WaveSpeed reports the prediction " + p.status() + ": " + reason));
            case "deleted" ->
                Either.left("prediction " + p.id() + " was deleted by WaveSpeed, which keeps predictions"
                        + " 7 days: its outcome can no longer be read");
            default -> Either.left("prediction " + p.id() + " has a status this library does not know: " + p.status());
        };
    }

    /**
     * The first output: {@code {element_id, element_name, element_type, element_description}}, or the element id
     * alone (as WaveSpeed's simpler element model is seen to answer); the id must be Kling's.
     */
    private static Either<String, Element> element(Prediction p) {
        JsonNode output = p.outputs() == null || p.outputs().isEmpty()
                ? null
                : p.outputs().get(0);
        Option<String> id =
                Option.of(output).flatMap(o -> LenientIds.exactText(o.isObject() ? o.get("element_id") : o));
        if (id.isEmpty()) {
            return Either.left("prediction " + p.id() + " completed without an element_id in its outputs");
        }
        Option<String> problem = KlingIds.problem("element_id", List.of(id.get()));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        boolean video = output.path("element_type").asText().equals(KlingElementFields.VIDEO_REFER);
        return Either.right(Element.of(
                        ElementId.of(id.get()),
                        output.path("element_name").asText(""),
                        video ? ReferenceKind.VIDEO : ReferenceKind.IMAGE)
                .withDescription(output.path("element_description").asText("")));
    }

    /** WaveSpeed has no lookup by key and lists no elements: say where the truth can be found. */
    private static ElementsError sayWhereToLook(ElementsError error) {
        return error instanceof ElementsError.ProviderFailure failure && failure.ambiguous()
                ? failure.withNote(". WaveSpeed takes no idempotency key and lists no elements, so elements4j cannot "
                        + "tell whether it was made: check the predictions of the last minutes (https://wavespeed.ai/predictions"
                        + ", or POST /api/v3/predictions) before sending the draft again")
                : error;
    }
}
