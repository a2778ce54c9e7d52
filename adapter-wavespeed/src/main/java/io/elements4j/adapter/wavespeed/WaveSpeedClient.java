package io.elements4j.adapter.wavespeed;

import static io.elements4j.domain.element.ReferenceKind.IMAGE;
import static io.elements4j.domain.element.ReferenceKind.VIDEO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.CallbackBodies;
import io.elements4j.adapter.support.CreationOnlyMetadata;
import io.elements4j.adapter.support.KlingElementFields;
import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.KlingIds;
import io.elements4j.adapter.support.LenientIds;
import io.elements4j.adapter.support.LostCreates;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.support.WebhookGate;
import io.elements4j.adapter.support.WebhookScheme;
import io.elements4j.adapter.support.WebhookSecrets;
import io.elements4j.adapter.support.WebhookSignatures;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi.AdvancedRequest;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi.BasicRequest;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi.Prediction;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedErrors;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.VoiceBindingKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * WaveSpeed behind the creation port, for either of its element models: a create submits a prediction of the model,
 * a task is that prediction ({@code GET /api/v3/predictions/{id}/result}), and a finished prediction's first output
 * is the element. WaveSpeed offers nothing else for elements; the ports' defaults answer the rest with
 * {@code Unsupported}.
 *
 * <p>A create is sent once: WaveSpeed takes no idempotency key, and its SDKs do not re-send a submission either.
 * After a reset, a timeout or a 5xx the caller learns the outcome is unknown, and where to look.
 */
final class WaveSpeedClient implements VendorClient {

    static final String VENDOR = WaveSpeedErrors.VENDOR;
    static final ConfigKey API_KEY = ConfigKey.secret(
            "api-key",
            "WaveSpeed API key, sent as Authorization: Bearer (https://wavespeed.ai/accesskey)",
            "WAVESPEED_API_KEY");
    static final ConfigKey CALLBACK_SECRET = ConfigKey.secret(
            ConfigKey.CALLBACK_SECRET.name(),
            "WaveSpeed webhook secret (whsec_…, from GET /api/v3/webhook/secret): every webhook must carry a valid"
                    + " signature; without it webhooks are refused unless accept-unsigned-callbacks=true",
            "WAVESPEED_WEBHOOK_SECRET");

    /**
     * WaveSpeed signs {@code v3,<hex>}, keyed with the secret after its {@code whsec_} prefix as it is (not Base64
     * decoded), and a timestamp more than five minutes from now is refused.
     */
    private static final WebhookScheme WEBHOOKS = new WebhookScheme(
            VENDOR, "v3", WebhookSignatures.Encoding.HEX, WebhookSecrets::textKeyAfterPrefix, Duration.ofMinutes(5));

    /** WaveSpeed has no lookup by key and lists no elements: say where the truth can be found. */
    private static final UnaryOperator<ElementsError> LOST_CREATE = LostCreates.sayWhereToLook(
            "WaveSpeed takes no idempotency key and lists no elements, so elements4j cannot tell whether it was made",
            "the predictions of the last minutes (https://wavespeed.ai/predictions, or POST /api/v3/predictions)");

    /**
     * WaveSpeed's element models, as their pages give them: a name of at most 20 characters, a description required
     * and at most 100, a voice by id, webhooks to public https hosts, and Kling's photo and video limits otherwise
     * (docs/vendors.md). Each asks for at least one photo beside the frontal one, as Kling behind it requires.
     */
    enum Model {
        /** A frontal photo and up to 4 more (the page's "2–4" counts the frontal one), or a video. */
        ADVANCED("kling-elements-advanced", AdvancedRequest::of, 4, HashSet.of(IMAGE, VIDEO)),
        /** Photos only: {@code image} and 1 to 3 more in {@code element_refer_list}, which may not be empty. */
        BASIC("kling-elements", BasicRequest::of, 3, HashSet.of(IMAGE));

        final String path;
        final Function<KlingElementFields, Object> body;
        final int maxExtras;
        final Set<ReferenceKind> references;

        Model(String path, Function<KlingElementFields, Object> body, int maxExtras, Set<ReferenceKind> kinds) {
            this.path = path;
            this.body = body;
            this.maxExtras = maxExtras;
            this.references = kinds;
        }

        /** The provider {@code id} of this model, documented at {@code page}, reading {@code extraKeys} too. */
        ProviderMetadata metadata(String id, String displayName, String page, ConfigKey... extraKeys) {
            RuleProfile.Builder rules = RuleProfile.builder(id)
                    .name(RuleProfile.NameRule.atMost(20))
                    .description(RuleProfile.DescriptionRule.required(100))
                    .images(KlingElementRules.images(1, maxExtras))
                    .voice(new RuleProfile.VoiceRules(HashSet.of(VoiceBindingKind.EXISTING), references, false))
                    .callbacks(RuleProfile.CallbackRules.httpsToPublicHosts(2048));
            if (references.contains(VIDEO)) {
                rules.video(KlingElementRules.video());
            }
            return CreationOnlyMetadata.of(
                            id,
                            displayName,
                            rules.build(),
                            WaveSpeedElementsProvider.DEFAULT_BASE_URL,
                            VendorHttp.configKeys(API_KEY, CALLBACK_SECRET, ConfigKey.ACCEPT_UNSIGNED_CALLBACKS)
                                    .appendAll(List.of(extraKeys)))
                    .withDocumentation(page);
        }
    }

    private final VendorHttp http;
    private final WaveSpeedApi api;
    private final Model model;
    private final WebhookGate webhooks;

    private WaveSpeedClient(VendorHttp http, Model model, WebhookGate webhooks) {
        this.http = http;
        this.api = http.client(WaveSpeedApi.class);
        this.model = model;
        this.webhooks = webhooks;
    }

    /**
     * A client of {@code model}: the API key as Bearer, WaveSpeed's errors, and its webhooks checked with the first
     * secret set among {@code secretKeys}.
     *
     * @throws ProviderConfigurationException without an API key, with a base URL that is not http(s), or with a
     *                                        webhook secret that is blank or too short to be WaveSpeed's
     */
    static WaveSpeedClient open(ProviderConfig config, Model model, ConfigKey secretKey, ConfigKey... formerKeys) {
        Secret apiKey = config.requiredSecret(API_KEY, "a WaveSpeed API key, from https://wavespeed.ai/accesskey");
        WebhookGate webhooks = WEBHOOKS.gate(config, secretKey, formerKeys);
        VendorHttp http = VendorHttp.builder(VENDOR, config, WaveSpeedElementsProvider.DEFAULT_BASE_URL)
                .bearer(apiKey)
                .classifier(new WaveSpeedErrors())
                .errorEnvelopeIn2xx(WaveSpeedErrors::isErrorEnvelope)
                .build();
        return new WaveSpeedClient(http, model, webhooks);
    }

    /** The draft's callback URL, if any, goes as {@code ?webhook=}; the facade has checked the draft. */
    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        Object body = model.body.apply(KlingElementFields.of(draft, KlingElementFields.urlOnly(VENDOR)));
        return http.call(
                        CallKind.CREATE,
                        () -> api.create(model.path, draft.callbackUrl().getOrNull(), body),
                        WaveSpeedClient::task)
                .mapLeft(LOST_CREATE);
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return http.call(CallKind.READ, () -> api.result(id.value()), WaveSpeedClient::task);
    }

    /**
     * A webhook's body is the bare prediction (with its {@code input}); it must be signed by WaveSpeed and is checked
     * with {@code callback-secret}, else it is {@code Unauthorized} and never read — unless
     * {@code accept-unsigned-callbacks=true} takes it unverified.
     */
    @Override
    public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
        return webhooks.admit(callback)
                .flatMap(genuine -> CallbackBodies.task(genuine, VENDOR, Prediction.class, WaveSpeedClient::task));
    }

    @Override
    public CallbackVerification callbackVerification() {
        return webhooks.verification();
    }

    @Override
    public String toString() {
        return "WaveSpeedClient[" + http.baseUrl() + ", kwaivgi/" + model.path + "]";
    }

    @Override
    public void close() {
        http.close();
    }

    private static Either<String, CreationTask> task(WaveSpeedApi.Answer answer) {
        return answer.data() == null ? Either.left("WaveSpeed answered without data") : task(answer.data());
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
                ? NullNode.instance
                : p.outputs().get(0);
        Option<String> id = LenientIds.exactText(output.isObject() ? output.get("element_id") : output);
        Option<String> problem = id.isEmpty()
                ? Option.some("prediction " + p.id() + " completed without an element_id in its outputs")
                : KlingIds.problem("element_id", List.of(id.get()));
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
}
