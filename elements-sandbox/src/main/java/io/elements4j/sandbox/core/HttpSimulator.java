package io.elements4j.sandbox.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.elements4j.ports.time.Scheduler;
import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.CallbackFaults;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RandomFaults;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.SentCallback;
import io.elements4j.sandbox.VendorLimits;
import io.elements4j.sandbox.VendorSimulator;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The shared machinery of every vendor simulator: a WireMock server on 127.0.0.1 with one catch-all stub whose
 * answers come from the simulator's state, fault injection in front of it, and a request journal.
 *
 * <p>A vendor simulator supplies only what is its vendor's: how paths route to operations, how credentials are
 * checked, its error envelope, and the handlers. Handlers run one at a time, so state needs no further locking.
 */
public abstract class HttpSimulator implements VendorSimulator {

    private static final String TRANSFORMER = "elements4j-simulator";

    private final String providerId;
    private final String credential;
    protected final Clock clock;
    private final FaultQueue faults = new FaultQueue();
    private final java.util.List<RecordedRequest> journal = new CopyOnWriteArrayList<>();
    private final java.util.List<AcceptedCreate> creations = new CopyOnWriteArrayList<>();
    private volatile RandomFaults randomFaults = RandomFaults.none();
    private final WireMockServer server;
    protected int pollsUntilDone = 2;
    /** How long a task takes when tasks finish on time ({@link #completeTasksAfter}); none: they finish by polls. */
    protected Option<Duration> taskDuration = Option.none();

    private volatile Scheduler scheduler;
    private volatile boolean ownsScheduler;
    private volatile CallbackSender callbacks;
    protected Option<String> nextFailure = Option.none();
    private VendorLimits limits = VendorLimits.none();
    private final ArrayDeque<Instant> recentRequests = new ArrayDeque<>();
    private final PriorityQueue<Instant> slotEnds = new PriorityQueue<>();
    private final java.util.Map<String, Instant> processingUntil = new java.util.HashMap<>();
    private final int[] refused = new int[VendorLimits.Kind.values().length];

    protected HttpSimulator(String providerId, String credential, Clock clock) {
        this.providerId = providerId;
        this.credential = credential;
        this.clock = new FollowingClock(clock);
        this.server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(16)
                .jettyAcceptors(1)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .notifier(new Slf4jNotifier(false))
                .extensions(new Dispatcher()));
    }

    /**
     * Starts the server on first use, not in the constructor: a request dispatched before a subclass's constructor
     * finished would meet its fields unset. Nothing can call before the port is known, and the port is known here.
     */
    private synchronized void ensureStarted() {
        if (!server.isRunning()) {
            server.start();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(TRANSFORMER)));
        }
    }

    // ---- what each vendor supplies -------------------------------------------------------------------------

    /** Which operation a request performs ({@link Operation#OTHER} for unknown routes). */
    protected abstract Operation route(SimRequest request);

    /** The vendor's error body for a status, vendor code and message. */
    protected abstract SimResponse error(int status, String vendorCode, String message);

    /** The vendor's answer to a request without a valid credential. */
    protected abstract SimResponse unauthorized(SimRequest request);

    /** Performs a routed, authorised request against the simulator's state. */
    protected abstract SimResponse handle(Operation operation, SimRequest request);

    /** Forgets all vendor state (elements, tasks). */
    protected abstract void clearState();

    /**
     * The vendor's answer to a request over one of its {@link #limits limits}. The default is the vendor's
     * {@link #typicalFault typical} rate-limit error with a {@code Retry-After} of the whole seconds until the limit
     * frees (at least 1); a vendor that answers otherwise overrides it.
     *
     * @param kind which limit the request ran into
     * @param wait how long until the limit frees a place
     * @return the answer
     */
    protected SimResponse limited(VendorLimits.Kind kind, Duration wait) {
        String message = kind == VendorLimits.Kind.RATE
                ? "too many requests: the limit is " + limits.requestsPerSecond() + " per second"
                : "too many tasks in processing: the limit is " + limits.parallelTasks();
        Fault typical = typicalFault(ErrorKind.RATE_LIMITED, message);
        Fault.Status status = typical instanceof Fault.Status s ? s : (Fault.Status) Fault.status(429, "429", message);
        return error(status.status(), status.vendorCode(), message).withHeader("Retry-After", wholeSeconds(wait));
    }

    /** Whole seconds, rounded up, at least 1: what a {@code Retry-After} for {@code wait} says. */
    protected static String wholeSeconds(Duration wait) {
        long millis = Math.max(0, wait.toMillis());
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }

    /**
     * Whether the task recorded under {@code taskId} is still in processing under the {@link #limits limits}' task
     * duration: a status poll then shows it unfinished and does not count toward {@link #completeTasksAfterPolls}.
     *
     * @param taskId the id the create was recorded under
     * @return true while the task holds its parallel slot
     */
    protected synchronized boolean processing(String taskId) {
        Instant until = processingUntil.get(taskId);
        return until != null && clock.instant().isBefore(until);
    }

    /** Whether a request carries the accepted credential. Default: {@code Authorization: Bearer <credential>}. */
    protected boolean authorized(SimRequest request) {
        return request.bearerToken().contains(credential);
    }

    /** Further configuration keys the provider needs (besides base URL and API key). */
    protected Map<String, String> extraConfiguration() {
        return LinkedHashMap.empty();
    }

    /** The path prefix the vendor serves under (useapi's {@code /v1/kling}); part of the provider's base URL. */
    protected String basePath() {
        return "";
    }

    /** The configuration key the credential goes under. */
    protected String credentialKey() {
        return "api-key";
    }

    // ---- VendorSimulator -----------------------------------------------------------------------------------

    @Override
    public String providerId() {
        return providerId;
    }

    @Override
    public String baseUrl() {
        ensureStarted();
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public String credential() {
        return credential;
    }

    @Override
    public Map<String, String> configuration() {
        String prefix = "elements." + providerId + ".";
        Map<String, String> config =
                LinkedHashMap.of(prefix + "base-url", baseUrl() + basePath(), prefix + credentialKey(), credential);
        if (callsBack()) {
            // This sandbox calls back on this machine: let drafts name a loopback callback URL.
            config = config.put(prefix + "allow-loopback-callbacks", "true");
        }
        return config.merge(extraConfiguration().mapKeys(k -> prefix + k));
    }

    @Override
    public synchronized void reset() {
        faults.clear();
        journal.clear();
        creations.clear();
        randomFaults = RandomFaults.none();
        limits = VendorLimits.none();
        recentRequests.clear();
        slotEnds.clear();
        processingUntil.clear();
        Arrays.fill(refused, 0);
        pollsUntilDone = 2;
        nextFailure = Option.none();
        taskDuration = Option.none();
        if (callbacks != null) {
            callbacks.clear();
        }
        clearState();
    }

    @Override
    public void injectFault(Operation operation, Fault fault, int times) {
        faults.add(Option.some(operation), fault, times);
    }

    @Override
    public void injectFault(Fault fault, int times) {
        faults.add(Option.none(), fault, times);
    }

    @Override
    public void useClock(Clock value) {
        ((FollowingClock) clock).follow(value);
    }

    /** A clock that reads whichever clock it was last told to follow, so a test can hand over its virtual time. */
    private static final class FollowingClock extends Clock {
        private volatile Clock target;

        FollowingClock(Clock target) {
            this.target = Objects.requireNonNull(target, "clock");
        }

        void follow(Clock value) {
            this.target = Objects.requireNonNull(value, "clock");
        }

        @Override
        public ZoneId getZone() {
            return target.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return target.withZone(zone);
        }

        @Override
        public Instant instant() {
            return target.instant();
        }

        @Override
        public long millis() {
            return target.millis();
        }
    }

    /** How long a task that will call back takes when no {@link #completeTasksAfter} was given. */
    public static final Duration DEFAULT_CALLBACK_TASK_DURATION = Duration.ofSeconds(2);

    @Override
    public synchronized void useScheduler(Scheduler value) {
        Scheduler before = scheduler;
        scheduler = Objects.requireNonNull(value, "scheduler");
        if (ownsScheduler && before != null) {
            before.close();
        }
        ownsScheduler = false;
    }

    @Override
    public synchronized void completeTasksAfter(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a task cannot take a negative time: " + duration);
        }
        taskDuration = Option.some(duration);
    }

    @Override
    public void injectCallbackFaults(CallbackFaults faults) {
        callbacks().faults(faults);
    }

    @Override
    public Seq<SentCallback> callbacksSent() {
        return callbacks().sent();
    }

    @Override
    public int callbacksDropped() {
        return callbacks().dropped();
    }

    /** The scheduler tasks progress on: the one a test gave, or a real one made on first use. */
    protected final Scheduler scheduler() {
        Scheduler s = scheduler;
        if (s == null) {
            synchronized (this) {
                if (scheduler == null) {
                    scheduler = Scheduler.system();
                    ownsScheduler = true;
                }
                s = scheduler;
            }
        }
        return s;
    }

    /** The outgoing callbacks. */
    protected final CallbackSender callbacks() {
        CallbackSender c = callbacks;
        if (c == null) {
            synchronized (this) {
                if (callbacks == null) {
                    callbacks = new CallbackSender(clock, this::scheduler, callbackRetries(), this::signCallback);
                }
                c = callbacks;
            }
        }
        return c;
    }

    /** The waits before each retry of a callback not answered 2xx: 1, 2 and 4 s unless the vendor says otherwise. */
    protected Seq<Duration> callbackRetries() {
        return List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    /**
     * HMAC-SHA256 of {@code text} (UTF-8) under {@code key}: what vendors sign their callbacks with.
     *
     * @param key  the signing key's bytes
     * @param text what is signed
     * @return the signature's bytes
     */
    protected static byte[] hmacSha256(byte[] key, String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The signature headers for a callback body; none for a vendor that does not sign. */
    protected Map<String, String> signCallback(String body) {
        return LinkedHashMap.empty();
    }

    /**
     * Whether a task with this callback URL moves on in time ({@link #progressOnTime}) rather than by polls: when
     * tasks finish on time, or it will call back (a loopback URL; the sandbox calls nowhere else, so a task with any
     * other callback URL finishes by polls, as before).
     *
     * @param callbackUrl the task's callback URL, if any
     * @return true when it moves on in time
     */
    protected final boolean onTime(Option<String> callbackUrl) {
        return taskDuration.isDefined()
                || callbackUrl.exists(url -> CallbackSender.loopback(url).isDefined());
    }

    /**
     * Moves a task on in time rather than by polls, when it will call back or tasks finish on time: halfway through
     * {@code processing} runs (it answers the callback body, or none when nothing changed or the vendor sends no
     * such callback), and at the end {@code finish} (it finishes the task if it has not finished, and answers the
     * terminal callback body). Both run under this simulator's lock; the callbacks are sent outside it.
     *
     * @param taskId      the task
     * @param callbackUrl where it calls back, if anywhere
     * @param processing  the move to processing
     * @param finish      the move to the end
     */
    protected final void progressOnTime(
            String taskId, Option<String> callbackUrl, Supplier<Option<String>> processing, Supplier<String> finish) {
        if (!onTime(callbackUrl)) {
            return;
        }
        Duration duration = taskDuration.getOrElse(DEFAULT_CALLBACK_TASK_DURATION);
        AtomicReference<String> stale = new AtomicReference<>();
        scheduler().schedule(duration.dividedBy(2), () -> {
            Option<String> body;
            synchronized (this) {
                body = processing.get();
            }
            body.forEach(stale::set);
            callbackUrl.forEach(url -> body.forEach(
                    b -> callbacks().deliver(url, taskId, new CallbackSender.Step(b, false, Option.none()))));
        });
        scheduler().schedule(duration, () -> {
            String body;
            synchronized (this) {
                body = finish.get();
            }
            callbackUrl.forEach(url ->
                    callbacks().deliver(url, taskId, new CallbackSender.Step(body, true, Option.of(stale.get()))));
        });
    }

    @Override
    public void injectRandomFaults(RandomFaults faults) {
        this.randomFaults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public Seq<AcceptedCreate> creations() {
        return List.ofAll(creations);
    }

    /**
     * Handlers call this when a create was accepted: what tests compare the client's answers with. Under
     * {@link #limits limits} the task takes one parallel slot for the task duration.
     *
     * @param name   the element's name
     * @param taskId the task (or, on a synchronous vendor, the element ids) the create made
     */
    protected synchronized void recordCreation(String name, String taskId) {
        Instant now = clock.instant();
        creations.add(new AcceptedCreate(name, taskId, now));
        if (!limits.taskDuration().isZero()) {
            Instant until = now.plus(limits.taskDuration());
            processingUntil.put(taskId, until);
            slotEnds.add(until);
        }
    }

    @Override
    public synchronized void limits(VendorLimits value) {
        this.limits = Objects.requireNonNull(value, "limits");
    }

    @Override
    public synchronized int refusedBy(VendorLimits.Kind kind) {
        return refused[kind.ordinal()];
    }

    /** The limit this request runs into, answered as the vendor does; none when it may go ahead (and is counted). */
    private Option<SimResponse> overLimit(Operation operation) {
        VendorLimits l = limits;
        Instant now = clock.instant();
        if (l.requestsPerSecond() > 0) {
            Instant windowStart = now.minusSeconds(1);
            while (!recentRequests.isEmpty() && !recentRequests.peekFirst().isAfter(windowStart)) {
                recentRequests.pollFirst();
            }
            if (recentRequests.size() >= l.requestsPerSecond()) {
                refused[VendorLimits.Kind.RATE.ordinal()]++;
                return Option.some(limited(
                        VendorLimits.Kind.RATE,
                        Duration.between(now, recentRequests.peekFirst().plusSeconds(1))));
            }
            recentRequests.addLast(now);
        }
        if (operation == Operation.CREATE && l.parallelTasks() > 0) {
            while (!slotEnds.isEmpty() && !slotEnds.peek().isAfter(now)) {
                slotEnds.poll();
            }
            if (slotEnds.size() >= l.parallelTasks()) {
                refused[VendorLimits.Kind.PARALLEL.ordinal()]++;
                return Option.some(limited(VendorLimits.Kind.PARALLEL, Duration.between(now, slotEnds.peek())));
            }
        }
        return Option.none();
    }

    @Override
    public Seq<RecordedRequest> journal() {
        return List.ofAll(journal);
    }

    @Override
    public synchronized void completeTasksAfterPolls(int polls) {
        if (polls < 0) {
            throw new IllegalArgumentException("polls must be >= 0: " + polls);
        }
        this.pollsUntilDone = polls;
    }

    @Override
    public synchronized void failNextCreation(String reason) {
        this.nextFailure = Option.of(reason);
    }

    @Override
    public synchronized void close() {
        if (server.isRunning()) {
            server.stop();
        }
        if (ownsScheduler && scheduler != null) {
            scheduler.close();
        }
    }

    // ---- dispatch ------------------------------------------------------------------------------------------

    private synchronized SimResponse process(Operation operation, SimRequest request) {
        if (!authorized(request)) {
            return unauthorized(request);
        }
        if (operation == Operation.OTHER) {
            return error(404, "not_found", "no such endpoint: " + request.method() + " " + request.path());
        }
        Option<SimResponse> over = overLimit(operation);
        return over.isDefined() ? over.get() : handle(operation, request);
    }

    private ResponseDefinition answer(SimRequest request) {
        Operation operation = route(request);
        journal.add(new RecordedRequest(
                request.method(),
                request.path(),
                request.query(),
                request.headers(),
                request.body(),
                operation,
                clock.instant()));
        Option<Fault> fault = faults.take(operation)
                .orElse(() -> randomFaults.draw(
                        operation,
                        kind -> typicalFault(
                                kind,
                                "injected "
                                        + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        if (fault.isEmpty()) {
            return toDefinition(process(operation, request));
        }
        Fault f = fault.get();
        if (f instanceof Fault.Status status) {
            SimResponse body = error(status.status(), status.vendorCode(), status.message());
            return toDefinition(status.retryAfter()
                    .map(d -> body.withHeader("Retry-After", Long.toString(Math.max(0, d.toSeconds()))))
                    .getOrElse(body));
        }
        if (f instanceof Fault.Delay delay) {
            return ResponseDefinitionBuilder.like(toDefinition(process(operation, request)))
                    .withFixedDelay((int) delay.delay().toMillis())
                    .build();
        }
        if (f instanceof Fault.ConnectionReset reset) {
            if (reset.processed()) {
                process(operation, request);
            }
            return aResponse()
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
                    .build();
        }
        Fault.MalformedBody malformed = (Fault.MalformedBody) f;
        if (malformed.processed()) {
            SimResponse real = process(operation, request);
            String body = real.body();
            return aResponse()
                    .withStatus(malformed.status())
                    .withHeader("Content-Type", "application/json")
                    .withBody(body.length() < 2 ? "{" : body.substring(0, body.length() / 2))
                    .build();
        }
        return aResponse()
                .withStatus(malformed.status())
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 0, \"data\": [{\"task_id\": ")
                .build();
    }

    private static ResponseDefinition toDefinition(SimResponse response) {
        var builder = aResponse().withStatus(response.status()).withBody(response.body());
        response.headers().forEach((name, value) -> builder.withHeader(name, value));
        return builder.build();
    }

    private static SimRequest toSimRequest(Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = q < 0 ? HashMap.empty() : parseQuery(url.substring(q + 1));
        Map<String, String> headers = LinkedHashMap.empty();
        for (HttpHeader header : request.getHeaders().all()) {
            headers = headers.put(header.key().toLowerCase(Locale.ROOT), header.firstValue());
        }
        return new SimRequest(
                request.getMethod().getName(),
                path,
                query,
                headers,
                request.getBody() == null ? "" : new String(request.getBody(), StandardCharsets.UTF_8),
                q < 0 ? "" : url.substring(q + 1));
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> params = LinkedHashMap.empty();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!params.containsKey(name)) {
                params = params.put(name, value);
            }
        }
        return params;
    }

    /** Shorthand for handlers: the vendor's 400 for a request that breaks its rules. */
    protected SimResponse badRequest(String vendorCode, String message) {
        return error(400, vendorCode, message);
    }

    /** Seconds for a {@code Retry-After}. */
    protected static String seconds(Duration d) {
        return Long.toString(d.toSeconds());
    }

    private final class Dispatcher implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(toSimRequest(serveEvent.getRequest()));
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }
}
