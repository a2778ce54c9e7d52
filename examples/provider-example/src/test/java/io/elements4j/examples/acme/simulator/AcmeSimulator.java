package io.elements4j.examples.acme.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.core.HttpSimulator;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.elements4j.sandbox.core.SimResponse;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Acme Elements on a loopback port: {@code X-Api-Key} auth, {@code POST /v2/characters} → 202 job,
 * a repeat with the same {@code Idempotency-Key} answers the same job, {@code GET /v2/jobs/{id or key}}
 * ({@code queued → running → done|failed} over polls), cursor-paged
 * {@code GET /v2/characters}, {@code DELETE /v2/characters/{id}} → 204 (404 when absent), and every error in
 * {@code {"error": {"type", "message"}}}.
 */
public final class AcmeSimulator extends HttpSimulator {

    /** The key the simulator accepts. */
    public static final String API_KEY = "acme-sandbox-key-7f3a91";

    private final Map<String, ObjectNode> characters = new LinkedHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private int sequence;

    /** A job and what it will end as. */
    private static final class Job {
        final String id;
        final String name;
        final String imageUrl;
        final Option<String> failure;
        int pollsLeft;
        Option<String> characterId = Option.none();

        Job(String id, String name, String imageUrl, Option<String> failure, int pollsLeft) {
            this.id = id;
            this.name = name;
            this.imageUrl = imageUrl;
            this.failure = failure;
            this.pollsLeft = pollsLeft;
        }
    }

    /** Starts on a free loopback port with the system clock. */
    public AcmeSimulator() {
        super("acme-example", API_KEY, Clock.systemUTC());
    }

    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        return switch (kind) {
            case UNAUTHORIZED -> Fault.status(401, "unauthorized", message);
            case INSUFFICIENT_CREDITS -> Fault.status(402, "insufficient_credits", message);
            case FORBIDDEN -> Fault.status(403, "forbidden", message);
            case NOT_FOUND -> Fault.status(404, "not_found", message);
            case INVALID_REQUEST, POLICY_REJECTED -> Fault.status(400, "invalid_request", message);
            case RATE_LIMITED -> Fault.status(429, "rate_limited", message);
            case SERVER_ERROR -> Fault.status(500, "server_error", message);
        };
    }

    @Override
    public synchronized Seq<String> seedElements(int count) {
        return List.rangeClosed(1, count).map(i -> store("seed-" + i, "https://cdn.acme.example/seed.png"));
    }

    @Override
    protected boolean authorized(SimRequest request) {
        return request.header("x-api-key").contains(credential());
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
        return request.is("GET", "/v2/jobs/[^/]+") ? Operation.TASK : Operation.OTHER;
    }

    @Override
    protected SimResponse error(int status, String vendorCode, String message) {
        ObjectNode body = SimJson.object();
        body.putObject("error").put("type", vendorCode).put("message", message);
        return SimResponse.json(status, body);
    }

    @Override
    protected SimResponse unauthorized(SimRequest request) {
        return error(401, "unauthorized", "missing or wrong X-Api-Key");
    }

    @Override
    protected SimResponse handle(Operation operation, SimRequest request) {
        return switch (operation) {
            case CREATE -> create(request);
            case TASK -> job(request.lastSegment());
            case LIST -> list(request);
            default -> delete(request.lastSegment());
        };
    }

    @Override
    protected void clearState() {
        characters.clear();
        jobs.clear();
    }

    private SimResponse create(SimRequest request) {
        Option<Job> replay = request.header("idempotency-key").flatMap(key -> Option.of(jobs.get(key)));
        if (replay.isDefined()) {
            return SimResponse.json(202, jobJson(replay.get()));
        }
        Option<ObjectNode> body = SimJson.readObject(request.body());
        Option<String> name = body.flatMap(b -> SimJson.text(b, "name"));
        Option<String> image = body.flatMap(b -> SimJson.text(b, "image_url"));
        if (name.isEmpty() || image.isEmpty()) {
            return badRequest("invalid_request", "name and image_url are required");
        }
        Job job = new Job("job_" + ++sequence, name.get(), image.get(), nextFailure, pollsUntilDone);
        nextFailure = Option.none();
        jobs.put(job.id, job);
        request.header("idempotency-key").forEach(key -> jobs.put(key, job));
        recordCreation(job.name, job.id);
        if (job.pollsLeft == 0) {
            finish(job);
        }
        return SimResponse.json(202, jobJson(job));
    }

    private SimResponse job(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            return error(404, "not_found", "no job " + id);
        }
        if (job.pollsLeft > 0 && --job.pollsLeft == 0) {
            finish(job);
        }
        return SimResponse.ok(jobJson(job));
    }

    private void finish(Job job) {
        if (job.failure.isEmpty()) {
            job.characterId = Option.some(store(job.name, job.imageUrl));
        }
    }

    private ObjectNode jobJson(Job job) {
        ObjectNode json = SimJson.object().put("id", job.id);
        if (job.pollsLeft > 0) {
            return json.put("status", job.pollsLeft < pollsUntilDone ? "running" : "queued");
        }
        job.characterId.forEach(id -> json.put("character_id", id));
        job.failure.forEach(reason -> json.put("error", reason));
        return json.put("status", job.failure.isDefined() ? "failed" : "done");
    }

    /** Cursors are opaque to the client: here, the offset of the next item. */
    private SimResponse list(SimRequest request) {
        int from = request.query("cursor").map(Integer::parseInt).getOrElse(0);
        int limit = Math.min(request.query("limit").map(Integer::parseInt).getOrElse(20), 50);
        List<ObjectNode> all = List.ofAll(characters.values());
        ObjectNode page = SimJson.object();
        page.putArray("items").addAll(all.drop(from).take(limit).map(JsonNode.class::cast).toJavaList());
        if (from + limit < all.size()) {
            page.put("next_cursor", Integer.toString(from + limit));
        } else {
            page.putNull("next_cursor");
        }
        return SimResponse.ok(page);
    }

    private SimResponse delete(String id) {
        return characters.remove(id) == null
                ? error(404, "not_found", "no character " + id)
                : new SimResponse(204, HashMap.empty(), "");
    }

    private String store(String name, String imageUrl) {
        String id = "chr_" + ++sequence;
        characters.put(id, SimJson.object().put("id", id).put("name", name).put("image_url", imageUrl)
                .put("created_at", clock.instant().toString()));
        return id;
    }
}
