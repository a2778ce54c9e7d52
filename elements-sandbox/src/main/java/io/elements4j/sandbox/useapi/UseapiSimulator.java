package io.elements4j.sandbox.useapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.core.HttpSimulator;
import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimRequest;
import io.elements4j.sandbox.core.SimResponse;
import io.elements4j.sandbox.useapi.SimElement.Resource;
import io.elements4j.sandbox.useapi.UseapiCatalogue.SimTag;
import io.elements4j.sandbox.useapi.UseapiCatalogue.SimVoice;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * useapi.net's Kling API v1 elements endpoints (docs/vendors.md, useapi.net's element docs), under {@value #BASE_PATH}:
 *
 * <ul>
 *   <li>{@code POST /elements} — synchronous: answers {@code {elements: [...], count}} with the created elements;
 *       {@code generateViews} makes 3 elements of 4 views each (cover, side, back, topView).</li>
 *   <li>{@code GET /elements/?pageNum&pageSize&tag&official&favored&sortDirection} — {@code {elementsList, pageNum,
 *       pageSize, total}}; {@code official=true} lists the official (preset) elements.</li>
 *   <li>{@code GET /elements/{id}} — one element object; 404 when there is none.</li>
 *   <li>{@code DELETE /elements/{id}} — {@code 200 {"deleted": 1}}. useapi documents the body model but not the
 *       success status; 200 is the simulator's assumption.</li>
 *   <li>{@code GET /elements/tags/} and {@code GET /elements/voices/} — the catalogues.</li>
 * </ul>
 *
 * <p>Errors are {@code {"error": "<message>"}} for 400 and {@code {"error": "<message>", "code": <status>}}
 * otherwise ({@code 401 {"error": "Unauthorized", "code": 401}}). Names get {@code " "} and a 5-character random
 * suffix; ids are {@code u_} and 15 digits. With one configured account {@code email} is optional; after
 * {@link #configureAccounts(String...)} with several it is required (query on GET/DELETE, body on POST), and an
 * email that is not configured is refused with a 400.
 *
 * <p>Simulator decisions where useapi documents nothing: a missing {@code tag} is "detected" as {@code character};
 * a VIDEO character element created without a voice gets a voice extracted from its video; {@link
 * #failNextCreation(String)} answers the next valid create with {@code 500 {"error": reason}}, as useapi does when
 * Kling's moderation rejects a job; {@link #typicalFault(ErrorKind, String) POLICY_REJECTED} is a 400 whose
 * {@code code} is {@value #MODERATION_CODE}.
 */
public final class UseapiSimulator extends HttpSimulator {

    /** The path every route lives under; the adapter's base URL is {@code baseUrl() + BASE_PATH}. */
    public static final String BASE_PATH = "/v1/kling";
    /** The one Kling account configured until {@link #configureAccounts(String...)} says otherwise. */
    public static final String DEFAULT_ACCOUNT = "sandbox@useapi.example";
    /** The {@code code} of the simulator's content-moderation 400. */
    public static final String MODERATION_CODE = "moderation";

    private static final String TOKEN = "user:4242-e4jSandboxUseapiToken";
    private static final String ELEMENTS = BASE_PATH + "/elements";
    private static final String SUFFIX_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String CDN = "https://s21-kling.klingai.com/ai-platform/sim/";
    private static final long FIRST_CUSTOM_VOICE = 100_001L;

    private final RandomGenerator random;
    private final Seq<SimElement> presets;
    private final java.util.Map<String, SimElement> elements = new java.util.LinkedHashMap<>();
    private Seq<String> accounts = List.of(DEFAULT_ACCOUNT);
    private boolean legacyListShape;
    private long sequence;
    private long nextCustomVoice = FIRST_CUSTOM_VOICE;

    /** Starts on a free loopback port with the system clock and a random seed. */
    public UseapiSimulator() {
        this(Clock.systemUTC(), new SplittableRandom());
    }

    /**
     * Starts on a free loopback port; ids, suffixes and times come from {@code random} and {@code clock}.
     *
     * @param clock the clock that tells the time
     * @param random the source of jitter
     */
    public UseapiSimulator(Clock clock, RandomGenerator random) {
        super("useapi", TOKEN, clock);
        this.random = random;
        this.presets = officialElements();
    }

    // ---- simulator options ---------------------------------------------------------------------------------

    /**
     * The Kling accounts configured with useapi (until the next {@link #reset()}). With more than one, every request
     * must name one in {@code email}, and {@link #configuration()} includes the first.
     */
    public synchronized void configureAccounts(String... emails) {
        if (emails.length == 0) {
            throw new IllegalArgumentException("useapi needs at least one configured account");
        }
        this.accounts = List.of(emails);
    }

    /**
     * The accounts.
     */
    public synchronized Seq<String> accounts() {
        return accounts;
    }

    /**
     * Lists elements in the older (January 2026) shape: coverImage, tag, imageResources (until the next reset).
     */
    public synchronized void useLegacyListShape(boolean legacy) {
        this.legacyListShape = legacy;
    }

    @Override
    protected String basePath() {
        return BASE_PATH;
    }

    /** {@code email} too, when several accounts are configured (useapi then requires it). */
    @Override
    protected synchronized Map<String, String> extraConfiguration() {
        return accounts.size() > 1 ? LinkedHashMap.of("email", accounts.head()) : LinkedHashMap.empty();
    }

    // ---- HttpSimulator -------------------------------------------------------------------------------------

    @Override
    protected Operation route(SimRequest request) {
        if (!request.path().startsWith(ELEMENTS)) {
            return Operation.OTHER;
        }
        String rest = request.path().substring(ELEMENTS.length());
        String method = request.method().toUpperCase(Locale.ROOT);
        if (rest.isEmpty() || rest.equals("/")) {
            return switch (method) {
                case "POST" -> Operation.CREATE;
                case "GET" ->
                    request.query("official").exists(v -> v.equalsIgnoreCase("true"))
                            ? Operation.PRESETS
                            : Operation.LIST;
                default -> Operation.OTHER;
            };
        }
        String segment = rest.substring(1).endsWith("/") ? rest.substring(1, rest.length() - 1) : rest.substring(1);
        if (segment.isEmpty() || segment.contains("/")) {
            return Operation.OTHER;
        }
        if (method.equals("GET")) {
            return switch (segment) {
                case "tags" -> Operation.TAGS;
                case "voices" -> Operation.VOICES;
                default -> Operation.FIND;
            };
        }
        return method.equals("DELETE") ? Operation.DELETE : Operation.OTHER;
    }

    @Override
    protected SimResponse error(int status, String vendorCode, String message) {
        ObjectNode body = SimJson.object().put("error", message);
        if (MODERATION_CODE.equals(vendorCode)) {
            body.put("code", MODERATION_CODE);
        } else if (status != 400) {
            body.put("code", status);
        }
        return SimResponse.json(status, body);
    }

    @Override
    protected SimResponse unauthorized(SimRequest request) {
        return error(401, "401", "Unauthorized");
    }

    @Override
    protected SimResponse handle(Operation operation, SimRequest request) {
        if (operation == Operation.CREATE) {
            Option<ObjectNode> body = SimJson.readObject(request.body());
            if (body.isEmpty()) {
                return badRequest("", "Request body must be a JSON object");
            }
            return refuseAccount(SimJson.text(body.get(), "email")).getOrElse(() -> create(body.get()));
        }
        return refuseAccount(request.query("email").filter(e -> !e.isBlank())).getOrElse(() -> switch (operation) {
            case LIST -> list(request, false);
            case PRESETS -> list(request, true);
            case FIND -> find(request.lastSegment());
            case DELETE -> delete(request.lastSegment());
            case TAGS -> tags();
            case VOICES -> voices();
            default -> error(404, "404", "Not found: " + request.method() + " " + request.path());
        });
    }

    @Override
    protected void clearState() {
        elements.clear();
        accounts = List.of(DEFAULT_ACCOUNT);
        legacyListShape = false;
        sequence = 0;
        nextCustomVoice = FIRST_CUSTOM_VOICE;
    }

    // ---- VendorSimulator -----------------------------------------------------------------------------------

    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        return switch (kind) {
            case UNAUTHORIZED -> Fault.status(401, "401", message);
            case INSUFFICIENT_CREDITS -> Fault.status(402, "402", message);
            case FORBIDDEN -> Fault.status(403, "403", message);
            case NOT_FOUND -> Fault.status(404, "404", message);
            case INVALID_REQUEST -> Fault.status(400, "", message);
            case RATE_LIMITED -> Fault.status(429, "429", message);
            case POLICY_REJECTED -> Fault.status(400, MODERATION_CODE, message);
            case SERVER_ERROR -> Fault.status(500, "500", message);
        };
    }

    @Override
    public synchronized Seq<String> seedElements(int count) {
        return List.rangeClosed(1, count).map(i -> {
            String id = newId();
            store(new SimElement(
                    id,
                    ++sequence,
                    "seed-" + i,
                    false,
                    "A seeded element",
                    List.of(Resource.cover(CDN + id + "/cover.jpg")),
                    Option.some(UseapiCatalogue.CHARACTER),
                    Option.none(),
                    clock.instant(),
                    false));
            return id;
        });
    }

    // ---- handlers ------------------------------------------------------------------------------------------

    /** The 400 for an email that names no configured account, or for none when several are configured. */
    private Option<SimResponse> refuseAccount(Option<String> email) {
        if (email.isDefined() && !accounts.contains(email.get())) {
            return Option.some(
                    badRequest("", "Account email " + email.get() + " is not configured, add it with POST /accounts"));
        }
        if (email.isEmpty() && accounts.size() > 1) {
            return Option.some(badRequest("", "Parameter email is required when more than one account is configured"));
        }
        return Option.none();
    }

    private SimResponse create(ObjectNode body) {
        Either<String, CreateElementRequest> parsed = CreateElementRequest.parse(body);
        if (parsed.isLeft()) {
            return badRequest("", parsed.getLeft());
        }
        if (nextFailure.isDefined()) {
            String reason = nextFailure.get();
            nextFailure = Option.none();
            return error(500, "500", reason);
        }
        CreateElementRequest request = parsed.get();
        Seq<SimElement> created = request.video().isDefined()
                ? List.of(videoElement(request, request.video().get()))
                : request.generateViews()
                        ? List.range(0, 3).map(i -> generatedView(request))
                        : List.of(imageElement(request));
        created.forEach(this::store);
        recordCreation(request.name(), created.map(SimElement::id).mkString(","));
        ObjectNode answer = SimJson.object();
        ArrayNode list = answer.putArray("elements");
        created.forEach(e -> list.add(ElementJson.current(e)));
        return SimResponse.ok(answer.put("count", created.size()));
    }

    private SimElement imageElement(CreateElementRequest request) {
        Seq<Resource> resources = List.of(Resource.cover(request.coverImage().get()))
                .appendAll(request.extraImages().map(url -> Resource.secondary(url, "")));
        return element(request, newId(), false, resources, boundVoice(request, false));
    }

    private SimElement generatedView(CreateElementRequest request) {
        String id = newId();
        Seq<Resource> resources = List.of(
                Resource.cover(CDN + id + "/cover.jpg"),
                Resource.secondary(CDN + id + "/side.png", "side"),
                Resource.secondary(CDN + id + "/back.png", "back"),
                Resource.secondary(CDN + id + "/top.png", "topView"));
        return element(request, id, false, resources, boundVoice(request, false));
    }

    private SimElement videoElement(CreateElementRequest request, String video) {
        String id = newId();
        Seq<Resource> resources = List.of(Resource.cover(CDN + id + "/cover.jpg"), Resource.video(video));
        return element(request, id, true, resources, boundVoice(request, true));
    }

    private SimElement element(
            CreateElementRequest request, String id, boolean video, Seq<Resource> resources, Option<SimVoice> voice) {
        return new SimElement(
                id,
                ++sequence,
                request.name() + " " + suffix(),
                video,
                request.description().getOrElse("AI-generated description"),
                resources,
                Option.some(request.tag().getOrElse(UseapiCatalogue.CHARACTER)),
                voice,
                clock.instant(),
                false);
    }

    /** The voice asked for; a clip URL becomes a new custom voice; a VIDEO character element without one extracts one. */
    private Option<SimVoice> boundVoice(CreateElementRequest request, boolean video) {
        if (request.voice().isDefined()) {
            return Option.some(request.voice()
                    .get()
                    .fold(
                            official -> official,
                            clip -> new SimVoice(nextCustomVoice++, "Custom voice", false, Option.some(clip))));
        }
        boolean character = request.tag().forAll(UseapiCatalogue.CHARACTER::equals);
        return video && character
                ? Option.some(new SimVoice(nextCustomVoice++, "Extracted voice", false, request.video()))
                : Option.none();
    }

    private SimResponse list(SimRequest request, boolean official) {
        Either<String, Integer> pageNum = intParam(request, "pageNum", 1)
                .filterOrElse(n -> n >= 1, n -> "Parameter pageNum must be 1 or greater");
        Either<String, Integer> pageSize = intParam(request, "pageSize", 50)
                .filterOrElse(n -> n >= 1 && n <= 100, n -> "Parameter pageSize must be between 1 and 100");
        String direction = request.query("sortDirection").getOrElse("DESC").toUpperCase(Locale.ROOT);
        Option<String> tagText = request.query("tag").filter(t -> !t.isBlank());
        Option<SimTag> tag = tagText.flatMap(UseapiCatalogue::tag);
        if (pageNum.isLeft() || pageSize.isLeft()) {
            return badRequest("", pageNum.isLeft() ? pageNum.getLeft() : pageSize.getLeft());
        }
        if (!direction.equals("ASC") && !direction.equals("DESC")) {
            return badRequest("", "Parameter sortDirection must be ASC or DESC");
        }
        if (tagText.isDefined() && tag.isEmpty()) {
            return badRequest(
                    "",
                    "Parameter tag '" + tagText.get() + "' is not a valid tag id or tagKey, see GET /elements/tags");
        }
        boolean favoredOnly = request.query("favored").exists(v -> v.equalsIgnoreCase("true"));
        Seq<SimElement> source = official ? presets : List.ofAll(elements.values());
        Seq<SimElement> matching = source.filter(e -> tag.isEmpty() || e.tag().equals(tag))
                .filter(e -> !favoredOnly)
                .sortBy(SimElement::sequence);
        Seq<SimElement> ordered = direction.equals("DESC") ? matching.reverse() : matching;
        Seq<SimElement> page =
                ordered.drop((pageNum.get() - 1) * pageSize.get()).take(pageSize.get());

        ObjectNode answer = SimJson.object();
        ArrayNode list = answer.putArray("elementsList");
        page.forEach(e -> list.add(legacyListShape ? ElementJson.legacy(e) : ElementJson.current(e)));
        return SimResponse.ok(answer.put("pageNum", pageNum.get())
                .put("pageSize", pageSize.get())
                .put("total", matching.size()));
    }

    private SimResponse find(String id) {
        return Option.of(elements.get(id))
                .orElse(() -> presets.find(p -> p.id().equals(id)))
                .map(e -> SimResponse.ok(ElementJson.current(e)))
                .getOrElse(() -> notFound(id));
    }

    private SimResponse delete(String id) {
        if (elements.remove(id) != null) {
            return SimResponse.ok(SimJson.object().put("deleted", 1));
        }
        return presets.exists(p -> p.id().equals(id))
                ? badRequest("", "Element " + id + " is an official element and cannot be deleted")
                : notFound(id);
    }

    private SimResponse tags() {
        ObjectNode answer = SimJson.object();
        ArrayNode list = answer.putArray("tagList");
        UseapiCatalogue.TAGS.forEach(t -> list.add(ElementJson.tag(t)));
        return SimResponse.ok(answer);
    }

    /** Exactly the documented shape: {@code {voices: [{id, name}]}}. */
    private SimResponse voices() {
        ObjectNode answer = SimJson.object();
        ArrayNode list = answer.putArray("voices");
        UseapiCatalogue.VOICES.forEach(
                v -> list.add(SimJson.object().put("id", v.id()).put("name", v.name())));
        return SimResponse.ok(answer);
    }

    private SimResponse notFound(String id) {
        return error(404, "404", "Element " + id + " not found");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void store(SimElement element) {
        elements.put(element.id(), element);
    }

    /** A new user element id, shaped like useapi's: {@code u_} and 15 digits. */
    private String newId() {
        String id;
        do {
            id = "u_" + random.nextLong(100_000_000_000_000L, 1_000_000_000_000_000L);
        } while (elements.containsKey(id));
        return id;
    }

    private String suffix() {
        StringBuilder suffix = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            suffix.append(SUFFIX_CHARACTERS.charAt(random.nextInt(SUFFIX_CHARACTERS.length())));
        }
        return suffix.toString();
    }

    private static Either<String, Integer> intParam(SimRequest request, String name, int fallback) {
        Option<String> value = request.query(name).filter(v -> !v.isBlank());
        return value.isEmpty()
                ? Either.right(fallback)
                : Try.of(() -> Integer.parseInt(value.get().trim()))
                        .toEither()
                        .mapLeft(e -> "Parameter " + name + " must be a whole number");
    }

    /** The official library every account sees from the start. */
    private static Seq<SimElement> officialElements() {
        Instant published = Instant.parse("2025-12-01T00:00:00Z");
        return List.of(
                official(
                        "o_300000000000001",
                        1,
                        "Astronaut",
                        "A classic white-suited astronaut",
                        "character",
                        published),
                official("o_300000000000002", 2, "Corgi", "A fluffy corgi puppy", "animal", published),
                official("o_300000000000003", 3, "Red Umbrella", "A bright red umbrella", "prop", published));
    }

    private static SimElement official(
            String id, long sequence, String name, String description, String tagKey, Instant at) {
        return new SimElement(
                id,
                sequence,
                name,
                false,
                description,
                List.of(Resource.cover(CDN + "official/" + id + "/cover.jpg")),
                UseapiCatalogue.tag(tagKey),
                Option.none(),
                at,
                true);
    }
}
