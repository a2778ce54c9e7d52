package io.elements4j.sandbox.wavespeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.core.HttpSimulator;
import io.elements4j.sandbox.core.SimIds;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.elements4j.sandbox.core.SimResponse;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * WaveSpeed's element models on a loopback port (docs/vendors.md, "wavespeed"), one {@link Model} per simulator.
 *
 * <ul>
 *   <li>{@code POST /api/v3/kwaivgi/kling-elements-advanced} takes {@code name} (≤ 20), {@code description}
 *       (≤ 100), {@code reference_type} ({@code image_refer}, the default, or {@code video_refer}), a
 *       {@code frontal_image} with 1–4 {@code refer_images}, or an {@code element_video_list}, and an optional
 *       {@code voice_id}, and answers {@code {code: 200, message, data}} with the prediction {@code created}; a
 *       {@code ?webhook=} URL is called back when it ends.</li>
 *   <li>{@code POST /api/v3/kwaivgi/kling-elements} (the basic model) takes photos only: {@code image} and 1–3
 *       {@code element_refer_list} URLs (the upper bound is Kling's; WaveSpeed's page names none), and its completed
 *       {@code outputs} is the bare element id, as the basic model has been seen to answer.</li>
 *   <li>{@code GET /api/v3/predictions/{id}/result} moves a prediction {@code created → processing → completed}
 *       over polls; a completed prediction's {@code outputs} is
 *       {@code [{element_id, element_name, element_type, element_description}]} (the element id a number); a failed
 *       one carries {@code error}.</li>
 *   <li>Errors are {@code {code: <HTTP status>, message, data: {error}}}; a wrong key is 401.</li>
 *   <li>Webhooks are the bare prediction with its {@code input}, signed: {@code webhook-id},
 *       {@code webhook-timestamp} and {@code webhook-signature: v3,<hex HMAC-SHA256>} over
 *       {@code "{id}.{timestamp}.{body}"}, keyed with the secret after its {@code whsec_} prefix (not decoded).</li>
 * </ul>
 *
 * <p>Our choices where WaveSpeed's pages are silent or unclear: at least one {@code refer_images} URL (Kling's
 * minimum; the page's table says both "optional" and "2–4"); an unknown prediction is a 404 in the same envelope; an
 * exhausted balance is a 402; a request over a limit is a 429 with {@code Retry-After}.
 */
public final class WaveSpeedSimulator extends HttpSimulator {

    /** The API key the simulator accepts. */
    public static final String API_KEY = "wavespeed-sandbox-key-5d1c";

    /** Which of WaveSpeed's element models a simulator plays. */
    public enum Model {
        /** {@code kwaivgi/kling-elements-advanced}, for the {@code wavespeed} provider. */
        ADVANCED("wavespeed", "kling-elements-advanced"),
        /** {@code kwaivgi/kling-elements}, photos only, for the {@code wavespeed-basic} provider. */
        BASIC("wavespeed-basic", "kling-elements");

        private final String providerId;
        private final String path;

        Model(String providerId, String path) {
            this.providerId = providerId;
            this.path = path;
        }

        /**
         * The provider id the simulator stands in for.
         *
         * @return the id
         */
        public String providerId() {
            return providerId;
        }
    }

    private final Model model;
    private final RandomGenerator random;
    private final String webhookSecret;
    private final java.util.Map<String, Prediction> predictions = new java.util.LinkedHashMap<>();

    /** A prediction and what it ends as. */
    private static final class Prediction {
        final ObjectNode json;
        final Option<String> failure;
        final JsonNode output;
        int pollsLeft;

        Prediction(ObjectNode json, Option<String> failure, JsonNode output, int pollsLeft) {
            this.json = json;
            this.failure = failure;
            this.output = output;
            this.pollsLeft = pollsLeft;
        }
    }

    /** Starts the advanced model on a free loopback port with the system clock. */
    public WaveSpeedSimulator() {
        this(Model.ADVANCED);
    }

    /**
     * Starts {@code model} on a free loopback port with the system clock.
     *
     * @param model the model it plays
     */
    public WaveSpeedSimulator(Model model) {
        this(model, Clock.systemUTC(), new SplittableRandom());
    }

    /**
     * Starts the advanced model on a free loopback port; ids and webhook ids come from {@code random}.
     *
     * @param clock  the clock that tells the time
     * @param random the source of ids
     */
    public WaveSpeedSimulator(Clock clock, RandomGenerator random) {
        this(Model.ADVANCED, clock, random);
    }

    /**
     * Starts {@code model} on a free loopback port; ids and webhook ids come from {@code random}.
     *
     * @param model  the model it plays
     * @param clock  the clock that tells the time
     * @param random the source of ids
     */
    public WaveSpeedSimulator(Model model, Clock clock, RandomGenerator random) {
        super(model.providerId(), API_KEY, clock);
        this.model = model;
        this.random = random;
        this.webhookSecret = "whsec_" + hex(24);
    }

    /**
     * The webhook secret its callbacks are signed with, as {@code GET /api/v3/webhook/secret} answers it; it is in
     * {@link #configuration()} as {@code callback-secret}.
     *
     * @return the secret, {@code whsec_…}
     */
    public String webhookSecret() {
        return webhookSecret;
    }

    @Override
    public boolean callsBack() {
        return true;
    }

    @Override
    public boolean signsCallbacks() {
        return true;
    }

    /** WaveSpeed's {@code code} is the HTTP status itself; a content refusal is its 400. */
    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        int status = kind.usualStatus();
        return Fault.status(status, Integer.toString(status), message);
    }

    @Override
    public synchronized Seq<String> seedElements(int count) {
        return List.rangeClosed(1, count).map(i -> {
            Prediction made = store("seed-" + i, "image_refer", Option.none(), 0);
            return made.output.isTextual()
                    ? made.output.asText()
                    : made.output.get("element_id").asText();
        });
    }

    // ---- HttpSimulator -------------------------------------------------------------------------------------------

    @Override
    protected Operation route(SimRequest request) {
        if (request.is("POST", "/api/v3/kwaivgi/" + model.path + "/?")) {
            return Operation.CREATE;
        }
        return request.is("GET", "/api/v3/predictions/[^/]+/result/?") ? Operation.TASK : Operation.OTHER;
    }

    @Override
    protected SimResponse error(int status, String vendorCode, String message) {
        ObjectNode body = SimJson.object().put("code", status).put("message", reason(status));
        body.putObject("data").put("error", message);
        return SimResponse.json(status, body);
    }

    @Override
    protected SimResponse unauthorized(SimRequest request) {
        return error(401, "401", "Invalid API key: check the Authorization: Bearer header");
    }

    @Override
    protected SimResponse handle(Operation operation, SimRequest request) {
        return operation == Operation.CREATE
                ? create(request)
                : result(request.path().split("/")[4]);
    }

    @Override
    protected void clearState() {
        predictions.clear();
    }

    /** The webhook secret, so the provider verifies every webhook. */
    @Override
    protected Map<String, String> extraConfiguration() {
        return LinkedHashMap.of("callback-secret", webhookSecret);
    }

    /** WaveSpeed's signature: {@code v3,} and the hex HMAC-SHA256 keyed with the secret after {@code whsec_}. */
    @Override
    protected Map<String, String> signCallback(String body) {
        String id = hex(12);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        byte[] key = webhookSecret.substring("whsec_".length()).getBytes(StandardCharsets.UTF_8);
        String signature = HexFormat.of().formatHex(hmacSha256(key, id + "." + timestamp + "." + body));
        return LinkedHashMap.of(
                "webhook-id",
                id,
                "webhook-timestamp",
                timestamp,
                "webhook-signature",
                "v3," + signature,
                "Content-Type",
                "application/json");
    }

    // ---- handlers ------------------------------------------------------------------------------------------------

    private SimResponse create(SimRequest request) {
        Option<ObjectNode> body = SimJson.readObject(request.body());
        Option<String> problem = body.isEmpty()
                ? Option.some("the body is not a JSON object")
                : model == Model.BASIC ? WaveSpeedInputs.basicProblem(body.get()) : WaveSpeedInputs.problem(body.get());
        if (problem.isDefined()) {
            return badRequest("400", problem.get());
        }
        String name = body.get().get("name").asText();
        String kind = SimJson.text(body.get(), "reference_type").getOrElse("image_refer");
        Option<String> webhook = request.query("webhook");
        Prediction made = store(name, kind, nextFailure, onTime(webhook) ? Integer.MAX_VALUE : pollsUntilDone);
        made.json.set("input", body.get());
        nextFailure = Option.none();
        String id = made.json.get("id").asText();
        recordCreation(name, id);
        progressOnTime(id, webhook, Option::none, () -> {
            finish(made);
            return SimJson.write(made.json);
        });
        ObjectNode answer = made.json.deepCopy().put("status", "created");
        answer.remove("input");
        answer.set("outputs", SimJson.array());
        return success(answer);
    }

    private SimResponse result(String id) {
        Prediction p = predictions.get(id);
        if (p == null) {
            return error(404, "404", "prediction " + id + " not found");
        }
        if (!processing(id) && p.pollsLeft > 0 && --p.pollsLeft == 0) {
            finish(p);
        } else if (!processing(id) && p.pollsLeft > 0) {
            p.json.put("status", "processing");
        }
        ObjectNode answer = p.json.deepCopy();
        answer.remove("input");
        return success(answer);
    }

    private Prediction store(String name, String kind, Option<String> failure, int polls) {
        String id = hex(16);
        long elementId = SimIds.kling(random);
        JsonNode output = model == Model.BASIC
                ? TextNode.valueOf(Long.toString(elementId))
                : SimJson.object()
                        .put("element_id", elementId)
                        .put("element_name", name)
                        .put("element_type", kind)
                        .put("element_description", "");
        ObjectNode json = SimJson.object()
                .put("id", id)
                .put("model", "kwaivgi/" + model.path)
                .put("status", "created");
        json.putArray("outputs");
        json.putObject("urls").put("get", baseUrl() + "/api/v3/predictions/" + id + "/result");
        json.put("created_at", clock.instant().toString()).put("error", "");
        Prediction p = new Prediction(json, failure, output, polls);
        predictions.put(id, p);
        if (polls == 0) {
            finish(p);
        }
        return p;
    }

    private static void finish(Prediction p) {
        p.pollsLeft = 0;
        if (p.failure.isDefined()) {
            p.json.put("status", "failed").put("error", p.failure.get());
        } else {
            p.json.put("status", "completed");
            ((ArrayNode) p.json.withArray("outputs")).removeAll().add(p.output);
        }
    }

    private SimResponse success(JsonNode data) {
        ObjectNode envelope = SimJson.object().put("code", 200).put("message", "success");
        envelope.set("data", data);
        return SimResponse.ok(envelope);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    private synchronized String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
