package io.elements4j.sandbox.evolink;

import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.core.HttpSimulator;
import io.elements4j.sandbox.core.SimIds;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.elements4j.sandbox.core.SimResponse;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Evolink's {@code kling-custom-element} model on a loopback port (docs/vendors.md, Evolink's element docs).
 *
 * <ul>
 *   <li>{@code POST /v1/videos/generations} validates the body against the seed's OpenAPI and answers the documented
 *       task object ({@code task-unified-<epoch>-<8 chars>}, status {@code pending}, {@code usage} reserved).</li>
 *   <li>{@code GET /v1/tasks/{id}}: {@code 400 invalid_task_id} unless the id starts with {@code task-unified-},
 *       404 for an unknown id; otherwise the task moves {@code pending → processing → completed} over polls, with
 *       the new {@code element_id} in {@code result_data} in the {@linkplain #resultDataShape chosen shape}, or ends
 *       {@code failed} with {@code error {code, message}}.</li>
 *   <li>Every other route answers 404 in Evolink's {@code {"error": {code, message, type}}} envelope; so does every
 *       error. A missing or wrong bearer token is {@code 401 unauthorized / authentication_error}.</li>
 * </ul>
 *
 * <p>Not documented by Evolink, and so our choices: the 404's code {@code task_not_found}, the messages of
 * {@code invalid_task_id} and {@code invalid_request}, the shape of a finished task's {@code result_data}
 * ({@link ResultDataShape}), and a {@code cancelled} task's body.
 *
 * <p>Evolink has no endpoint to find, list or delete elements, so neither has the simulator:
 * {@link #seedElements(int)} creates finished tasks and returns the ids they produced (Evolink never reports an
 * element's name, so the names {@code seed-1 …} exist only in that contract).
 */
public final class EvolinkSimulator extends HttpSimulator {

    /** The key the simulator accepts. */
    public static final String API_KEY = "sk-evolink-sandbox-4b7e2c";

    private static final String TASK_PREFIX = "task-unified-";
    private static final String DEFAULT_FAILURE_CODE = "invalid_parameters";

    private final RandomGenerator random;
    private final Map<String, SimTask> tasks = new LinkedHashMap<>();
    private ResultDataShape shape = ResultDataShape.ARRAY_OF_OBJECTS_WITH_NUMBER;
    private Option<SimTask.Outcome> nextOutcome = Option.none();
    private boolean strictCallbackHosts;

    /** Starts on a free loopback port, with the system clock and a random seed. */
    public EvolinkSimulator() {
        this(Clock.systemUTC(), new SplittableRandom());
    }

    /**
     * Starts on a free loopback port; the clock stamps tasks and the generator makes every id, for repeatable runs.
     *
     * @param clock the clock that tells the time
     * @param random the source of jitter
     */
    public EvolinkSimulator(Clock clock, RandomGenerator random) {
        super("evolink", API_KEY, clock);
        this.random = Objects.requireNonNull(random, "random");
    }

    // ---- controls beyond VendorSimulator ---------------------------------------------------------------------

    /**
     * Where finished tasks put the {@code element_id} in {@code result_data}, until the next {@link #reset()}.
     *
     * @param value the result data shape
     */
    public synchronized void resultDataShape(ResultDataShape value) {
        this.shape = Objects.requireNonNull(value, "shape");
    }

    /**
     * The next creation task fails with this Evolink business code (e.g. {@code content_policy_violation}).
     *
     * @param code the stable rule code, see {@link io.elements4j.domain.rules.RuleCodes}
     */
    public synchronized void failNextCreation(String code, String reason) {
        this.nextOutcome = Option.some(new SimTask.Outcome.Failed(code, reason));
    }

    /**
     * The next creation task ends {@code cancelled} (Evolink's callbacks report that status too).
     */
    public synchronized void cancelNextCreation(String reason) {
        this.nextOutcome = Option.some(new SimTask.Outcome.Cancelled(reason));
    }

    // ---- VendorSimulator -------------------------------------------------------------------------------------

    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        return switch (kind) {
            case UNAUTHORIZED -> Fault.status(401, "unauthorized", message);
            case INSUFFICIENT_CREDITS -> Fault.status(402, "insufficient_quota", message);
            case FORBIDDEN -> Fault.status(403, "model_access_denied", message);
            // Evolink documents a 404 for an unknown task but not its code; "task_not_found" is our guess.
            case NOT_FOUND -> Fault.status(404, "task_not_found", message);
            case INVALID_REQUEST -> Fault.status(400, "invalid_request", message);
            case RATE_LIMITED -> Fault.status(429, "rate_limit_exceeded", message);
            case POLICY_REJECTED -> Fault.status(400, "content_policy_violation", message);
            case SERVER_ERROR -> Fault.status(500, "internal_error", message);
        };
    }

    @Override
    public synchronized Seq<String> seedElements(int count) {
        Seq<String> ids = List.empty();
        for (int i = 1; i <= count; i++) {
            long elementId = SimIds.kling(random);
            SimTask task = newTask(new SimTask.Outcome.Completed(elementId));
            task.finish();
            ids = ids.append(Long.toString(elementId));
        }
        return ids;
    }

    // ---- HttpSimulator ---------------------------------------------------------------------------------------

    @Override
    protected Operation route(SimRequest request) {
        if (request.is("POST", "/v1/videos/generations/?")) {
            return Operation.CREATE;
        }
        return request.is("GET", "/v1/tasks/[^/]+/?") ? Operation.TASK : Operation.OTHER;
    }

    @Override
    protected SimResponse error(int status, String vendorCode, String message) {
        return EvolinkErrors.envelope(status, vendorCode, message);
    }

    @Override
    protected SimResponse unauthorized(SimRequest request) {
        return error(401, "unauthorized", "Invalid or expired token");
    }

    @Override
    protected SimResponse handle(Operation operation, SimRequest request) {
        return operation == Operation.CREATE ? create(request) : task(request.lastSegment());
    }

    /**
     * Whether callback URLs on this machine are refused, as the real Evolink refuses them (https only, no internal
     * hosts). Off by default, so the sandbox can call back a local receiver; {@link #reset()} turns it off.
     *
     * @param strict true to refuse loopback callback URLs too
     */
    public synchronized void strictCallbackHosts(boolean strict) {
        this.strictCallbackHosts = strict;
    }

    @Override
    public boolean callsBack() {
        return true;
    }

    @Override
    protected void clearState() {
        strictCallbackHosts = false;
        tasks.clear();
        shape = ResultDataShape.ARRAY_OF_OBJECTS_WITH_NUMBER;
        nextOutcome = Option.none();
    }

    // ---- handlers --------------------------------------------------------------------------------------------

    private SimResponse create(SimRequest request) {
        Option<String> problem = CustomElementRequests.problem(request.body(), !strictCallbackHosts);
        if (problem.isDefined()) {
            return badRequest("invalid_request", problem.get());
        }
        Option<String> callbackUrl = SimJson.readObject(request.body()).flatMap(b -> SimJson.text(b, "callback_url"));
        boolean onTime = onTime(callbackUrl);
        SimTask task = newTask(takeOutcome(), onTime ? Integer.MAX_VALUE : pollsUntilDone);
        // Evolink calls back once the task has ended (completed, failed or cancelled), with the task object.
        progressOnTime(task.id, callbackUrl, Option::none, () -> {
            if (!task.isTerminal()) {
                task.finish();
            }
            return SimJson.write(task.detail(shape));
        });
        recordCreation(
                SimJson.readObject(request.body())
                        .flatMap(b -> Option.of(b.get("model_params")))
                        .flatMap(params -> SimJson.text(params, "element_name"))
                        .getOrElse(""),
                task.id);
        if (pollsUntilDone == 0) {
            // Finished before anyone asks; the create still answers the documented pending task object.
            task.finish();
        }
        return SimResponse.ok(task.submitted());
    }

    private SimResponse task(String id) {
        if (!id.startsWith(TASK_PREFIX)) {
            return badRequest("invalid_task_id", "Invalid task ID format: must start with " + TASK_PREFIX);
        }
        SimTask task = tasks.get(id);
        if (task == null) {
            return error(404, "task_not_found", "Task not found: " + id);
        }
        if (!processing(id)) {
            task.poll();
        }
        return SimResponse.ok(task.detail(shape));
    }

    private SimTask.Outcome takeOutcome() {
        SimTask.Outcome outcome = nextOutcome
                .orElse(nextFailure.map(reason -> new SimTask.Outcome.Failed(DEFAULT_FAILURE_CODE, reason)))
                .getOrElse(() -> new SimTask.Outcome.Completed(SimIds.kling(random)));
        nextOutcome = Option.none();
        nextFailure = Option.none();
        return outcome;
    }

    private SimTask newTask(SimTask.Outcome outcome) {
        return newTask(outcome, pollsUntilDone);
    }

    private SimTask newTask(SimTask.Outcome outcome, int polls) {
        // Evolink's task id: task-unified-<epoch seconds>-<8 characters>
        String id = "task-unified-" + clock.instant().getEpochSecond() + "-" + SimIds.alphanumeric(8, random);
        SimTask task = new SimTask(id, clock.instant().getEpochSecond(), polls, outcome);
        tasks.put(id, task);
        return task;
    }

    @Override
    public String toString() {
        return "EvolinkSimulator[" + baseUrl() + "]";
    }
}
