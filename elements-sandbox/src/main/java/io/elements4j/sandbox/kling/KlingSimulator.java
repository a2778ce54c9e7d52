package io.elements4j.sandbox.kling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.VendorLimits;
import io.elements4j.sandbox.core.HttpSimulator;
import io.elements4j.sandbox.core.SimIds;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.elements4j.sandbox.core.SimResponse;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kling's own API ({@code /v1/general/*}, docs/vendors.md) on a loopback port: the {@code code/message/request_id/data}
 * envelope, API-key and AK/SK-JWT auth, documented create validation, element tasks that go
 * {@code submitted → processing → succeed} over polls, 64-bit element ids above 2^53 as JSON numbers, paged lists
 * (newest first), the official presets, both delete paths, and the preset and custom voice lists.
 *
 * <p>Choices where Kling's documents are silent: a task is found by its {@code task_id} or its
 * {@code external_task_id} on the same path; an unknown task or element is {@code 400 / 1201 "... not found ..."}
 * and deleting an already deleted element is {@code 400 / 1201 "Element already deleted: <id>"}; a video element
 * without {@code element_voice_id} gets a voice customised from its video (added to the custom voices).
 *
 * <p>Started with a {@link KlingRelay}, it is that relay in front of Kling: the same paths under the relay's prefix,
 * its static Bearer token, only the operations it passes on, and its own differences (a create answered with the
 * relay's task object, photo elements with tags only, errors wrapped by a gateway, callbacks we cannot verify).
 */
public final class KlingSimulator extends HttpSimulator {

    private static final String GENERAL = "/v1/general/";
    private static final String ELEMENTS = GENERAL + "advanced-custom-elements";

    private final RandomGenerator random;
    private final byte[] webhookKey;
    private final String accessKey;
    private final String secretKey;
    private final KlingAuth auth;
    private final KlingAccount account;
    private final Option<KlingRelay> relay;

    /** Starts a simulator with the system clock and random keys. */
    public KlingSimulator() {
        this(Clock.systemUTC(), new SplittableRandom());
    }

    /**
     * Starts a simulator whose time, keys and ids come from {@code clock} and {@code random}.
     *
     * @param clock the clock that tells the time
     * @param random the source of jitter
     */
    public KlingSimulator(Clock clock, RandomGenerator random) {
        this(clock, random, "sim-kling-api-" + hex(random, 16), Option.none());
    }

    /**
     * Starts a relay of Kling's API ({@link KlingRelay}) in front of a simulated Kling, with the system clock.
     *
     * @param relay the relay's differences
     */
    public KlingSimulator(KlingRelay relay) {
        this(Clock.systemUTC(), new SplittableRandom(), "sim-relay-token-" + relay.providerId(), Option.some(relay));
    }

    private KlingSimulator(Clock clock, RandomGenerator random, String apiKey, Option<KlingRelay> relay) {
        super(relay.map(KlingRelay::providerId).getOrElse("kling-official"), apiKey, clock);
        this.relay = relay;
        this.random = random;
        this.accessKey = "sim-ak-" + hex(random, 12);
        this.secretKey = "sim-sk-" + hex(random, 24);
        this.auth = new KlingAuth(apiKey, accessKey, secretKey);
        this.account = new KlingAccount(random);
        // Derived from the API key, so the id and key sequence of a seeded simulator stays what it was.
        this.webhookKey = Arrays.copyOf(sha256("webhook:" + apiKey), 24);
    }

    /**
     * The webhook secret its callbacks are signed with, as Kling's console shows one ({@code whsec_…}); it is in
     * {@link #configuration()} as {@code callback-secret}, so the provider verifies every callback.
     */
    public String webhookSecret() {
        return "whsec_" + Base64.getEncoder().encodeToString(webhookKey);
    }

    /** Kling calls back; through a relay, only where the relay passes the callback URL on. */
    @Override
    public boolean callsBack() {
        return relay.forAll(KlingRelay::callsBack);
    }

    /** Signed with the account's webhook secret, which only the account holder has: not through a relay. */
    @Override
    public boolean signsCallbacks() {
        return relay.isEmpty();
    }

    @Override
    protected Map<String, String> extraConfiguration() {
        return relay.map(KlingRelay::configuration)
                .getOrElse(() -> LinkedHashMap.of("callback-secret", webhookSecret()));
    }

    @Override
    protected String basePath() {
        return relay.filter(KlingRelay::prefixInBaseUrl)
                .map(KlingRelay::pathPrefix)
                .getOrElse("");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** Standard Webhooks, as Kling signs: {@code v1,Base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}"))}. */
    @Override
    protected Map<String, String> signCallback(String body) {
        if (relay.isDefined()) {
            return LinkedHashMap.empty();
        }
        String id = "msg_" + SimIds.uuid(random).replace("-", "");
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(webhookKey, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return LinkedHashMap.of(
                    "webhook-id",
                    id,
                    "webhook-timestamp",
                    timestamp,
                    "webhook-signature",
                    "v1," + Base64.getEncoder().encodeToString(signature));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * The access key a JWT must name as {@code iss}.
     *
     * @return the access key a JWT must name as {@code iss}
     */
    public String accessKey() {
        return accessKey;
    }

    /**
     * The secret key JWTs are signed with (HS256).
     *
     * @return the secret key JWTs are signed with (HS256)
     */
    public String secretKey() {
        return secretKey;
    }

    /**
     * Configuration for the AK/SK mode: base URL, {@code access-key} and {@code secret-key}, no API key.
     *
     * @return configuration for the AK/SK mode: base URL, {@code access-key} and {@code secret-key}, no API key
     */
    public Map<String, String> jwtConfiguration() {
        String prefix = "elements." + providerId() + ".";
        return LinkedHashMap.of(
                prefix + "base-url", baseUrl(), prefix + "access-key", accessKey, prefix + "secret-key", secretKey);
    }

    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        return switch (kind) {
            case UNAUTHORIZED -> Fault.status(401, "1000", message);
            case INSUFFICIENT_CREDITS -> Fault.status(429, "1102", message);
            case FORBIDDEN -> Fault.status(403, "1103", message);
            case NOT_FOUND -> Fault.status(404, "1203", message);
            case INVALID_REQUEST -> Fault.status(400, "1201", message);
            case RATE_LIMITED -> Fault.status(429, "1303", message);
            case POLICY_REJECTED -> Fault.status(400, "1301", message);
            case SERVER_ERROR -> Fault.status(500, "5000", message);
        };
    }

    /** Each seeded element is the one element of its own finished task, named {@code seed-1} …. */
    @Override
    public synchronized Seq<String> seedElements(int count) {
        return List.rangeClosed(1, count).map(i -> account.seed("seed-" + i, clock.millis()));
    }

    // ---- HttpSimulator -------------------------------------------------------------------------------------------

    /** Kling's routes; through a relay, under its prefix and only those it passes on. */
    @Override
    protected Operation route(SimRequest request) {
        String prefix = relay.map(KlingRelay::pathPrefix).getOrElse("");
        if (!request.path().startsWith(prefix + "/")) {
            return Operation.OTHER;
        }
        String unprefixed = request.path().substring(prefix.length());
        Operation operation = kling(unprefixed, request.method().toUpperCase(Locale.ROOT));
        return relay.exists(r -> !r.operations().contains(operation) || unprefixed.contains("delete-advanced-elements"))
                ? Operation.OTHER
                : operation;
    }

    private static Operation kling(String requested, String method) {
        String path = requested.endsWith("/") && requested.length() > 1
                ? requested.substring(0, requested.length() - 1)
                : requested;
        if (path.equals(ELEMENTS)) {
            return method.equals("POST") ? Operation.CREATE : method.equals("GET") ? Operation.LIST : Operation.OTHER;
        }
        if (path.startsWith(ELEMENTS + "/") && path.indexOf('/', ELEMENTS.length() + 1) < 0) {
            return method.equals("GET") ? Operation.TASK : Operation.OTHER;
        }
        return switch (method + " " + path) {
            case "GET " + GENERAL + "advanced-presets-elements" -> Operation.PRESETS;
            case "POST " + GENERAL + "delete-advanced-elements", "POST " + GENERAL + "delete-elements" ->
                Operation.DELETE;
            case "GET " + GENERAL + "presets-voices", "GET " + GENERAL + "custom-voices" -> Operation.VOICES;
            default -> Operation.OTHER;
        };
    }

    /** Kling takes its API key or an AK/SK JWT; a relay its own static Bearer token. */
    @Override
    protected boolean authorized(SimRequest request) {
        return relay.isDefined()
                ? super.authorized(request)
                : auth.check(request, clock.instant()).isEmpty();
    }

    @Override
    protected SimResponse unauthorized(SimRequest request) {
        if (relay.exists(KlingRelay::gatewayErrors)) {
            ObjectNode body = SimJson.object();
            body.putObject("error").put("message", "invalid token").put("type", "new_api_error");
            return SimResponse.json(401, body);
        }
        KlingAuth.Refusal refusal =
                auth.check(request, clock.instant()).getOrElse(new KlingAuth.Refusal(1000, "Authentication failed"));
        return error(401, refusal.code(), refusal.message());
    }

    /** Kling's error body; a non-numeric code (the core's own 404) becomes Kling's code for the status. */
    @Override
    protected SimResponse error(int status, String vendorCode, String message) {
        int code = vendorCode.matches("\\d{1,9}") ? Integer.parseInt(vendorCode) : codeFor(status);
        return error(status, code, message);
    }

    @Override
    protected SimResponse handle(Operation operation, SimRequest request) {
        return switch (operation) {
            case CREATE -> create(request);
            case TASK -> task(URLDecoder.decode(request.lastSegment(), StandardCharsets.UTF_8));
            case LIST -> paging(request, 500).fold(r -> r, p -> list(account.tasks(p.number(), p.size())));
            case PRESETS -> paging(request, 500).fold(r -> r, p -> list(account.presets(p.number(), p.size())));
            case DELETE -> delete(request);
            case VOICES -> voices(request);
            default -> error(404, 1203, "no such endpoint: " + request.method() + " " + request.path());
        };
    }

    @Override
    protected void clearState() {
        account.clear();
    }

    // ---- handlers ------------------------------------------------------------------------------------------------

    private SimResponse create(SimRequest request) {
        if (!request.header("content-type")
                .exists(t -> t.toLowerCase(Locale.ROOT).startsWith("application/json"))) {
            return error(400, 1200, "Content-Type must be application/json");
        }
        Either<KlingCreateRequest.Rejection, KlingCreateRequest> parsed = KlingCreateRequest.parse(request.body());
        if (parsed.isLeft()) {
            return error(400, parsed.getLeft().code(), parsed.getLeft().message());
        }
        KlingCreateRequest body = parsed.get();
        if (body.externalTaskId().exists(account::externalIdTaken)) {
            return error(
                    400,
                    1201,
                    "external_task_id already exists: " + body.externalTaskId().get());
        }
        if (body.voiceId().isDefined() && account.voice(body.voiceId().get()).isEmpty()) {
            return error(400, 1201, "Voice id not found: " + body.voiceId().get());
        }
        if (relay.exists(KlingRelay::imagesAndTags)
                && (body.isVideo() || body.tagIds().isEmpty())) {
            return error(
                    400,
                    1201,
                    body.isVideo() ? "reference_type is currently fixed to image_refer" : "tag_list is required");
        }
        boolean onTime = onTime(body.callbackUrl());
        KlingTask task = account.submit(body, clock.millis(), onTime ? Integer.MAX_VALUE : pollsUntilDone, nextFailure);
        nextFailure = Option.none();
        recordCreation(body.name(), task.taskId);
        // Kling calls back on each change of status, with the bare task object (its legacy callback shape).
        progressOnTime(
                task.taskId,
                body.callbackUrl(),
                () -> account.startProcessing(task, clock.millis())
                        ? Option.some(SimJson.write(task.record()))
                        : Option.none(),
                () -> {
                    account.finishNow(task, clock.millis());
                    return SimJson.write(task.record());
                });
        return relay.exists(KlingRelay::ownCreateAnswer) ? SimResponse.ok(relayTask(task)) : success(task.created());
    }

    /** anyfast's own answer to a create: its task object, status still empty. */
    private static ObjectNode relayTask(KlingTask task) {
        return SimJson.object()
                .put("id", task.taskId)
                .put("task_id", task.taskId)
                .put("object", "video")
                .put("model", "kling-element")
                .put("status", "")
                .put("progress", 0)
                .put("created_at", task.created().get("created_at").asLong() / 1000);
    }

    private SimResponse task(String id) {
        return account.task(id)
                .map(task -> {
                    if (!processing(task.taskId)) {
                        account.poll(task, clock.millis());
                    }
                    return success(task.record());
                })
                .getOrElse(() -> error(400, 1201, "Task not found by id or external_task_id: " + id));
    }

    private SimResponse list(Seq<KlingTask> tasks) {
        ArrayNode data = SimJson.array();
        tasks.forEach(t -> data.add(t.record()));
        return success(data);
    }

    private SimResponse delete(SimRequest request) {
        Option<ObjectNode> body = SimJson.readObject(request.body());
        JsonNode id = body.map(b -> b.get("element_id")).getOrNull();
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return error(400, 1201, "element_id is required, as a string");
        }
        return account.delete(id.asText(), clock.millis())
                .fold(
                        rejection -> error(400, rejection.code(), rejection.message()),
                        deletion -> success(
                                SimJson.object().put("task_id", deletion.taskId).put("task_status", deletion.status)));
    }

    private SimResponse voices(SimRequest request) {
        Either<SimResponse, Paging> paging = paging(request, 1000);
        if (paging.isLeft()) {
            return paging.getLeft();
        }
        boolean presets = request.path().contains("presets-voices");
        Seq<KlingVoice> voices =
                presets ? KlingCatalogue.PRESET_VOICES : account.customVoices().reverse();
        ArrayNode data = SimJson.array();
        paging.get().of(voices).forEach(voice -> {
            ObjectNode record = data.addObject()
                    .put("task_id", voice.id())
                    .put("task_status", KlingTask.SUCCEED)
                    .put("task_status_msg", "");
            record.putObject("task_info");
            record.putObject("task_result").putArray("voices").add(voice.toJson());
            record.put("created_at", clock.millis()).put("updated_at", clock.millis());
        });
        return success(data);
    }

    /** A 1-based page of a listing. */
    private record Paging(int number, int size) {
        <T> Seq<T> of(Seq<T> all) {
            return all.drop((number - 1) * size).take(size);
        }
    }

    /** {@code pageNum} 1–1000 (default 1) and {@code pageSize} 1–{@code maxSize} (default 30), or Kling's 400. */
    private Either<SimResponse, Paging> paging(SimRequest request, int maxSize) {
        Either<SimResponse, Integer> pageNum = bounded(request.query("pageNum"), "pageNum", 1, 1, 1000);
        Either<SimResponse, Integer> pageSize = bounded(request.query("pageSize"), "pageSize", 30, 1, maxSize);
        return pageNum.flatMap(n -> pageSize.map(s -> new Paging(n, s)));
    }

    private Either<SimResponse, Integer> bounded(Option<String> value, String name, int fallback, int min, int max) {
        if (value.isEmpty()) {
            return Either.right(fallback);
        }
        String text = value.get().trim();
        int parsed;
        try {
            parsed = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            parsed = Integer.MIN_VALUE;
        }
        return parsed >= min && parsed <= max
                ? Either.right(parsed)
                : Either.left(
                        error(400, 1201, name + " must be between " + min + " and " + max + ", got '" + text + "'"));
    }

    // ---- envelope ------------------------------------------------------------------------------------------------

    private SimResponse success(JsonNode data) {
        ObjectNode envelope =
                SimJson.object().put("code", 0).put("message", "SUCCEED").put("request_id", requestId());
        envelope.set("data", data);
        return SimResponse.ok(envelope);
    }

    private SimResponse error(int status, int code, String message) {
        ObjectNode kling =
                SimJson.object().put("code", code).put("message", message).put("request_id", requestId());
        if (relay.exists(KlingRelay::gatewayErrors)) {
            ObjectNode wrapped =
                    SimJson.object().put("code", "fail_to_fetch_task").put("message", SimJson.write(kling));
            return SimResponse.json(status, wrapped.putNull("data"));
        }
        return SimResponse.json(status, kling);
    }

    private synchronized String requestId() {
        return SimIds.uuid(random);
    }

    /** Kling answers its limits with HTTP 429 and code 1302 (request rate) or 1303 (parallel tasks), no Retry-After. */
    @Override
    protected SimResponse limited(VendorLimits.Kind kind, Duration wait) {
        return kind == VendorLimits.Kind.RATE
                ? error(429, 1302, "The request rate exceeds the limit of your account")
                : error(429, 1303, "The number of parallel tasks exceeds the limit of your account");
    }

    /** Kling's code for an HTTP status, where a fault named none. */
    private static int codeFor(int status) {
        return switch (status) {
            case 400 -> 1200;
            case 401 -> 1000;
            case 403 -> 1103;
            case 404 -> 1203;
            case 429 -> 1302;
            case 503 -> 5001;
            case 504 -> 5002;
            default -> 5000;
        };
    }

    private static String hex(RandomGenerator random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
