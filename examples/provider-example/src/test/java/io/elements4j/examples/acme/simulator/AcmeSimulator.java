package io.elements4j.examples.acme.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.core.HttpSimulator;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.elements4j.sandbox.core.SimResponse;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Acme Elements on a loopback port. Every request must carry {@code X-Acme-Key}, a {@code X-Acme-Timestamp} within
 * five minutes of the simulator's clock and a {@code X-Acme-Signature} over the request exactly as received (method,
 * path with its raw query, timestamp, SHA-256 of the body). {@code POST /v2/characters} answers 201 with a ready
 * character when tasks finish at once, else 202 with it {@code processing}, which {@code GET /v2/characters/{id}}
 * moves on over polls; {@code GET /v2/characters?offset=&limit=} lists newest first with a total, processing
 * characters included; {@code DELETE} answers 204, 409 for a character deleted already, 404 for one never made. Every
 * error is an {@code application/problem+json} problem.
 */
public final class AcmeSimulator extends HttpSimulator {

    /** The signing secret the simulator accepts. */
    public static final String SECRET = "acme-sandbox-secret-7f3a91";
    /** The key id the simulator accepts. */
    public static final String KEY_ID = "acme-sandbox-key";
    /** Where Acme's problem types live. */
    static final String PROBLEMS = "https://api.acme-elements.example/problems/";

    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Set<String> TAGS = HashSet.of("o_102", "o_103", "o_104", "o_105", "o_106");

    /** Characters by id, in the order made; a deleted one stays, marked, so a second delete is a 409. */
    private final java.util.Map<String, Character> characters = new java.util.LinkedHashMap<>();

    private int sequence;

    /** A character and what it will end as. */
    private static final class Character {
        final ObjectNode json;
        final Option<String> failure;
        int pollsLeft;
        boolean deleted;

        Character(ObjectNode json, Option<String> failure, int pollsLeft) {
            this.json = json;
            this.failure = failure;
            this.pollsLeft = pollsLeft;
        }
    }

    /** Starts on a free loopback port with the system clock. */
    public AcmeSimulator() {
        super("acme-example", SECRET, Clock.systemUTC());
    }

    @Override
    protected String credentialKey() {
        return "signing-secret";
    }

    @Override
    protected Map<String, String> extraConfiguration() {
        return LinkedHashMap.of("key-id", KEY_ID);
    }

    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        return switch (kind) {
            case UNAUTHORIZED -> Fault.status(401, "unauthorized", message);
            case INSUFFICIENT_CREDITS -> Fault.status(402, "insufficient-credits", message);
            case FORBIDDEN -> Fault.status(403, "forbidden", message);
            case NOT_FOUND -> Fault.status(404, "not-found", message);
            case INVALID_REQUEST -> Fault.status(400, "invalid-request", message);
            case POLICY_REJECTED -> Fault.status(400, "content-policy", message);
            case RATE_LIMITED -> Fault.status(429, "rate-limited", message);
            case SERVER_ERROR -> Fault.status(500, "server-error", message);
        };
    }

    @Override
    public synchronized Seq<String> seedElements(int count) {
        return List.rangeClosed(1, count)
                .map(i -> store("seed-" + i, "https://cdn.acme.example/seed.png", List.empty(), Option.none(), 0)
                        .json
                        .get("id")
                        .asText());
    }

    /** The signature checks out over the request as it arrived, and its timestamp is fresh. */
    @Override
    protected boolean authorized(SimRequest request) {
        Option<String> timestamp = request.header("x-acme-timestamp");
        boolean fresh = timestamp
                .flatMap(t ->
                        Try.of(() -> Instant.ofEpochSecond(Long.parseLong(t))).toOption())
                .exists(at -> Duration.between(at, clock.instant()).abs().compareTo(TOLERANCE) <= 0);
        return fresh
                && request.header("x-acme-key").contains(KEY_ID)
                && request.header("x-acme-signature")
                        .exists(given -> MessageDigest.isEqual(
                                given.getBytes(StandardCharsets.UTF_8),
                                signature(request, timestamp.get()).getBytes(StandardCharsets.UTF_8)));
    }

    private String signature(SimRequest request, String timestamp) {
        Try<String> hmac = Try.of(() -> {
            String bodyHash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(request.body().getBytes(StandardCharsets.UTF_8)));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(credential().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signed = String.join("\n", request.method(), request.target(), timestamp, bodyHash);
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        });
        return hmac.get();
    }

    @Override
    protected Operation route(SimRequest request) {
        if (request.is("POST", "/v2/characters/?")) {
            return Operation.CREATE;
        }
        if (request.is("GET", "/v2/characters/?")) {
            return Operation.LIST;
        }
        if (request.is("DELETE", "/v2/characters/[^/]+")) {
            return Operation.DELETE;
        }
        return request.is("GET", "/v2/characters/[^/]+") ? Operation.TASK : Operation.OTHER;
    }

    /** An RFC 9457 problem: {@code type} under Acme's problems URL, {@code title}, {@code status}, {@code detail}. */
    @Override
    protected SimResponse error(int status, String vendorCode, String message) {
        ObjectNode problem = SimJson.object()
                .put("type", PROBLEMS + vendorCode)
                .put("title", vendorCode.replace('-', ' '))
                .put("status", status)
                .put("detail", message);
        return SimResponse.json(status, problem).withHeader("Content-Type", "application/problem+json");
    }

    @Override
    protected SimResponse unauthorized(SimRequest request) {
        return error(401, "unauthorized", "the request's signature, key or timestamp is not valid");
    }

    @Override
    protected SimResponse handle(Operation operation, SimRequest request) {
        return switch (operation) {
            case CREATE -> create(request);
            case TASK -> character(request.lastSegment());
            case LIST -> list(request);
            default -> delete(request.lastSegment());
        };
    }

    @Override
    protected void clearState() {
        characters.clear();
    }

    private SimResponse create(SimRequest request) {
        Option<ObjectNode> body = SimJson.readObject(request.body());
        Option<String> name = body.flatMap(b -> SimJson.text(b, "name"));
        Option<String> image = body.flatMap(b -> SimJson.text(b, "image_url"));
        if (name.isEmpty() || image.isEmpty()) {
            return badRequest("invalid-request", "name and image_url are required");
        }
        Seq<String> tags = List.ofAll(body.get().path("tags")).map(JsonNode::asText);
        if (tags.size() > 2 || !tags.forAll(TAGS::contains)) {
            return badRequest(
                    "invalid-request",
                    "tags: at most 2 of " + TAGS.toSortedSet().mkString(", "));
        }
        Character made = store(name.get(), image.get(), tags, nextFailure, pollsUntilDone);
        nextFailure = Option.none();
        recordCreation(name.get(), made.json.get("id").asText());
        return SimResponse.json(made.pollsLeft == 0 ? 201 : 202, made.json);
    }

    private SimResponse character(String id) {
        Character c = characters.get(id);
        if (c == null || c.deleted) {
            return error(404, "not-found", "no character " + id);
        }
        if (c.pollsLeft > 0 && --c.pollsLeft == 0) {
            finish(c);
        }
        return SimResponse.ok(c.json);
    }

    private SimResponse list(SimRequest request) {
        int offset = request.query("offset").map(Integer::parseInt).getOrElse(0);
        int limit = Math.min(request.query("limit").map(Integer::parseInt).getOrElse(20), 50);
        List<ObjectNode> all = List.ofAll(characters.values())
                .filter(c -> !c.deleted)
                .map(c -> c.json)
                .reverse();
        ObjectNode page = SimJson.object().put("total", all.size());
        ArrayNode items = page.putArray("items");
        all.drop(offset).take(limit).forEach(items::add);
        return SimResponse.ok(page);
    }

    private SimResponse delete(String id) {
        Character c = characters.get(id);
        if (c == null) {
            return error(404, "not-found", "no character " + id);
        }
        if (c.deleted) {
            return error(409, "already-deleted", "character " + id + " is deleted already");
        }
        c.deleted = true;
        return new SimResponse(204, HashMap.empty(), "");
    }

    private Character store(String name, String imageUrl, Seq<String> tags, Option<String> failure, int polls) {
        String id = "chr_" + ++sequence;
        ObjectNode json = SimJson.object()
                .put("id", id)
                .put("name", name)
                .put("image_url", imageUrl)
                .put("created_at", clock.instant().toString())
                .put("status", "processing");
        ArrayNode tagArray = json.putArray("tags");
        tags.forEach(tagArray::add);
        Character c = new Character(json, failure, polls);
        characters.put(id, c);
        if (polls == 0) {
            finish(c);
        }
        return c;
    }

    private void finish(Character c) {
        c.json.put("status", c.failure.isDefined() ? "failed" : "ready");
        c.failure.forEach(reason -> c.json.put("error", reason));
    }
}
