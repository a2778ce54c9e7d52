package io.elements4j.sandbox.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.core.HttpSimulator;
import io.elements4j.sandbox.core.SimIds;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.elements4j.sandbox.core.SimResponse;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * GMI Cloud's request queue as GMI Cloud's queue guide documents it (see docs/vendors.md), serving the {@code kling-create-element}
 * model: {@code POST …/requests} queues a request, {@code GET …/requests/{request_id}} reports it, moving
 * {@code queued → dispatched → processing → success} over polls (or {@code failed}).
 *
 * <p>It listens under GMI's path prefix {@value #PATH_PREFIX} ({@link #basePath()}), so {@link #configuration()}'s
 * base URL is {@code baseUrl() + PATH_PREFIX}, as the real one is {@code https://console.gmicloud.ai} plus the prefix.
 *
 * <p>Choices where GMI documents nothing, marked (inferred) in the adapter's README:
 * <ul>
 *   <li>error body {@code {"error": {"code": "…", "message": "…"}}} on every error status;</li>
 *   <li>a body that is not JSON, or lacks {@code model} or an object {@code payload}: 400 {@code invalid_request};
 *       payload fields breaking GMI Cloud's queue guide's rules: 422 {@code invalid_payload}, every problem in the message;</li>
 *   <li>an unknown model: 404 {@code model_not_found};</li>
 *   <li>the created element sits in {@code outcome.element} ({@link OutcomeShape#ELEMENT}; configurable) with a
 *       numeric 64-bit {@code element_id} above 2^53; a failure is {@code "error": "<reason>"};</li>
 *   <li>the status answer echoes the submitted {@code payload}.</li>
 * </ul>
 */
public class FalQueueSimulator extends HttpSimulator {

    /** The provider id: the vendor's name. */
    public static final String PROVIDER_ID = "gmi-cloud";
    /** The id the provider had before it was named after its vendor; still starts this simulator. */
    public static final String FORMER_PROVIDER_ID = "fal-queue";
    /** The PATH PREFIX. */
    public static final String PATH_PREFIX = "/api/v1/ie/requestqueue/apikey";
    /** The CREATE ELEMENT MODEL. */
    public static final String CREATE_ELEMENT_MODEL = "kling-create-element";
    /** The CREDENTIAL. */
    public static final String CREDENTIAL = "gmi-sandbox-api-key";

    private static final String REQUESTS = PATH_PREFIX + "/requests";
    private static final List<String> WAITING_STATES = List.of("queued", "dispatched", "processing");

    private final RandomGenerator random;
    private final Map<String, QueuedRequest> requests = new LinkedHashMap<>();
    private final Map<String, CreatedElement> elements = new LinkedHashMap<>();
    private Set<String> models = HashSet.of(CREATE_ELEMENT_MODEL);
    private OutcomeShape outcomeShape = OutcomeShape.ELEMENT;
    private boolean elementIdsAsStrings;

    /** Starts on a free loopback port, with the system clock and a random seed. */
    public FalQueueSimulator() {
        this(Clock.systemUTC(), new SplittableRandom());
    }

    /**
     * Starts on a free loopback port; timestamps come from {@code clock}, ids from {@code random}.
     *
     * @param clock the clock that tells the time
     * @param random the source of jitter
     */
    public FalQueueSimulator(Clock clock, RandomGenerator random) {
        super(PROVIDER_ID, CREDENTIAL, clock);
        this.random = random;
    }

    // ---- knobs for tests -------------------------------------------------------------------------------------

    /**
     * Where finished requests put the element in {@code outcome}; {@link #reset()} restores {@link OutcomeShape#ELEMENT}.
     */
    public synchronized void outcomeShape(OutcomeShape shape) {
        this.outcomeShape = Objects.requireNonNull(shape, "shape");
    }

    /**
     * Whether {@code element_id} is sent as a JSON string instead of a number (until {@link #reset()}).
     */
    public synchronized void elementIdsAsStrings(boolean asStrings) {
        this.elementIdsAsStrings = asStrings;
    }

    /**
     * Accepts another model id besides {@code kling-create-element}, treated the same (until {@link #reset()}).
     */
    public synchronized void acceptModel(String model) {
        this.models = models.add(Objects.requireNonNull(model, "model"));
    }

    // ---- VendorSimulator -------------------------------------------------------------------------------------

    /** GMI serves the queue under this prefix, so it is part of the configured base URL. */
    @Override
    protected String basePath() {
        return PATH_PREFIX;
    }

    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        return switch (kind) {
            case UNAUTHORIZED -> Fault.status(401, "unauthorized", message);
            case INSUFFICIENT_CREDITS -> Fault.status(402, "insufficient_balance", message);
            case FORBIDDEN -> Fault.status(403, "forbidden", message);
            case NOT_FOUND -> Fault.status(404, "not_found", message);
            case INVALID_REQUEST -> Fault.status(400, "invalid_request", message);
            case RATE_LIMITED -> Fault.status(429, "rate_limit_exceeded", message);
            case POLICY_REJECTED -> Fault.status(400, "content_policy_violation", message);
            // 500, not 503: the queue's clients retry 503 even on a create, so 503 means "not accepted".
            case SERVER_ERROR -> Fault.status(500, "internal_error", message);
        };
    }

    @Override
    public synchronized Seq<String> seedElements(int count) {
        return List.rangeClosed(1, count).map(i -> {
            CreatedElement element = new CreatedElement(SimIds.kling(random), "seed-" + i);
            elements.put(element.id(), element);
            return element.id();
        });
    }

    // ---- HttpSimulator ---------------------------------------------------------------------------------------

    @Override
    protected Operation route(SimRequest request) {
        if (request.is("POST", REQUESTS + "/?")) {
            return Operation.CREATE;
        }
        return request.is("GET", REQUESTS + "/[^/]+/?") ? Operation.TASK : Operation.OTHER;
    }

    @Override
    protected SimResponse error(int status, String vendorCode, String message) {
        return SimResponse.json(
                status,
                SimJson.object()
                        .set("error", SimJson.object().put("code", vendorCode).put("message", message)));
    }

    @Override
    protected SimResponse unauthorized(SimRequest request) {
        return error(
                401,
                "unauthorized",
                request.header("authorization").isEmpty()
                        ? "missing Authorization header: send Authorization: Bearer <api key>"
                        : "invalid API key");
    }

    @Override
    protected SimResponse handle(Operation operation, SimRequest request) {
        return operation == Operation.CREATE ? submit(request) : status(request.lastSegment());
    }

    @Override
    protected void clearState() {
        requests.clear();
        elements.clear();
        models = HashSet.of(CREATE_ELEMENT_MODEL);
        outcomeShape = OutcomeShape.ELEMENT;
        elementIdsAsStrings = false;
    }

    // ---- the two endpoints -----------------------------------------------------------------------------------

    private SimResponse submit(SimRequest request) {
        Option<ObjectNode> body = SimJson.readObject(request.body());
        if (body.isEmpty()) {
            return badRequest("invalid_request", "the body must be a JSON object {\"model\": …, \"payload\": {…}}");
        }
        Option<String> model = SimJson.text(body.get(), "model");
        if (model.isEmpty()) {
            return badRequest("invalid_request", "model: required");
        }
        if (!models.contains(model.get())) {
            return error(404, "model_not_found", "model '" + model.get() + "' not found");
        }
        JsonNode payload = body.get().get("payload");
        if (payload == null || !payload.isObject()) {
            return badRequest("invalid_request", "payload: required, a JSON object");
        }
        JsonNode webhook = body.get().get("webhook");
        if (webhook != null
                && !(webhook.isObject() && SimJson.text(webhook, "url").isDefined())) {
            return badRequest("invalid_request", "webhook: must be {\"url\": \"https://…\"}");
        }
        Seq<String> problems = CreateElementPayload.problems(payload);
        if (!problems.isEmpty()) {
            return error(422, "invalid_payload", problems.mkString("; "));
        }
        long now = clock.instant().getEpochSecond();
        Option<String> callbackUrl = Option.of(webhook).flatMap(w -> SimJson.text(w, "url"));
        boolean onTime = onTime(callbackUrl);
        QueuedRequest queued = new QueuedRequest(
                SimIds.uuid(random),
                model.get(),
                payload.deepCopy(),
                now,
                onTime ? Integer.MAX_VALUE : pollsUntilDone,
                nextFailure);
        nextFailure = Option.none();
        requests.put(queued.id, queued);
        recordCreation(SimJson.text(payload, "element_name").getOrElse(""), queued.id);
        // The queue's webhook body is not documented; the sandbox sends the request object its lookup answers.
        progressOnTime(
                queued.id,
                callbackUrl,
                () -> queued.startProcessing(clock.instant().getEpochSecond())
                        ? Option.some(SimJson.write(answer(queued)))
                        : Option.none(),
                () -> {
                    queued.finishNow(clock.instant().getEpochSecond());
                    return SimJson.write(answer(queued));
                });
        return SimResponse.ok(SimJson.object()
                .put("request_id", queued.id)
                .put("model", queued.model)
                .put("status", "queued")
                .put("created_at", now)
                .put("updated_at", now)
                .put("queued_at", now));
    }

    private SimResponse status(String requestId) {
        QueuedRequest queued = requests.get(requestId);
        if (queued == null) {
            return error(404, "not_found", "request " + requestId + " not found");
        }
        if (!processing(queued.id)) {
            queued.poll(clock.instant().getEpochSecond());
        }
        return SimResponse.ok(answer(queued));
    }

    /** A request as its lookup (and the sandbox's webhook) shows it. */
    private ObjectNode answer(QueuedRequest queued) {
        ObjectNode answer = SimJson.object()
                .put("request_id", queued.id)
                .put("model", queued.model)
                .put("status", queued.status);
        answer.set("payload", queued.payload);
        queued.element.forEach(element -> answer.set("outcome", outcome(element)));
        queued.failure.filter(f -> queued.status.equals("failed")).forEach(reason -> answer.put("error", reason));
        return answer.put("created_at", queued.createdAt)
                .put("updated_at", queued.updatedAt)
                .put("queued_at", queued.createdAt);
    }

    @Override
    public boolean callsBack() {
        return true;
    }

    private ObjectNode outcome(CreatedElement element) {
        ObjectNode described = SimJson.object();
        if (elementIdsAsStrings) {
            described.put("element_id", element.id());
        } else {
            described.put("element_id", new BigInteger(element.id()));
        }
        described.put("element_name", element.name());
        return switch (outcomeShape) {
            case ELEMENT -> SimJson.object().set("element", described);
            case FLAT -> described;
            case ELEMENTS_ARRAY ->
                SimJson.object().set("elements", SimJson.array().add(described));
        };
    }

    private CreatedElement createElement(JsonNode payload) {
        CreatedElement element = new CreatedElement(
                SimIds.kling(random), SimJson.text(payload, "element_name").getOrElse(""));
        elements.put(element.id(), element);
        return element;
    }

    private record CreatedElement(String id, String name) {
        CreatedElement(long id, String name) {
            this(Long.toString(id), name);
        }
    }

    /** One queued request: it moves a stage per poll and finishes on poll {@code pollsUntilDone}. */
    private final class QueuedRequest {
        final String id;
        final String model;
        final JsonNode payload;
        final long createdAt;
        final int pollsUntilDone;
        final Option<String> failure;
        long updatedAt;
        int polls;
        String status = "queued";
        Option<CreatedElement> element = Option.none();

        QueuedRequest(
                String id, String model, JsonNode payload, long createdAt, int pollsUntilDone, Option<String> failure) {
            this.id = id;
            this.model = model;
            this.payload = payload;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
            this.pollsUntilDone = pollsUntilDone;
            this.failure = failure;
        }

        /** On time: moves to processing; false when it already was, or has finished. */
        boolean startProcessing(long now) {
            if (isDone() || status.equals("processing")) {
                return false;
            }
            status = "processing";
            updatedAt = now;
            return true;
        }

        /** On time: finishes, unless it has. */
        void finishNow(long now) {
            if (isDone()) {
                return;
            }
            status = failure.isDefined() ? "failed" : "success";
            updatedAt = now;
            if (status.equals("success")) {
                element = Option.some(createElement(payload));
            }
        }

        boolean isDone() {
            return status.equals("success") || status.equals("failed");
        }

        void poll(long now) {
            if (isDone()) {
                return;
            }
            polls++;
            String next = polls >= pollsUntilDone
                    ? (failure.isDefined() ? "failed" : "success")
                    : WAITING_STATES.get(Math.min(polls - 1, WAITING_STATES.size() - 1));
            if (!next.equals(status)) {
                status = next;
                updatedAt = now;
            }
            if (status.equals("success")) {
                element = Option.some(createElement(payload));
            }
        }
    }
}
