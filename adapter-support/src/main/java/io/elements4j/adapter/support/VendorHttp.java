package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.OperationScope;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.Secret;
import io.elements4j.ports.time.Deadline;
import io.elements4j.ports.time.Sleeper;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * One vendor's HTTP plumbing: builds Feign clients for its interfaces and runs calls on them, turning whatever goes
 * wrong into an {@link ElementsError} and retrying what is safe to retry. Immutable and thread-safe; build one per
 * provider client and share it.
 *
 * <pre>{@code
 * VendorHttp http = VendorHttp.builder("Kling", config, "https://api-singapore.klingai.com")
 *         .bearer(apiKey)
 *         .classifier(new KlingErrors())
 *         .errorEnvelopeIn2xx(body -> body.path("code").asLong(0) != 0,
 *                 value -> !(value instanceof KlingEnvelope<?> e) || e.code() != null && e.code() != 0)
 *         .build();
 * KlingApi api = http.client(KlingApi.class);
 * Either<ElementsError, KlingTask> task = http.call(CallKind.CREATE, () -> api.createElement(request));
 * }</pre>
 *
 * <p>Every client sends over one transport, chosen with the {@code http-client} configuration key: Apache
 * HttpClient 5 over a connection pool by default ({@link ApacheTransport}), or the JDK's {@code java.net.http}
 * client ({@link JdkTransport}) — both HTTP/1.1, no redirects followed, nothing retried by the transport, the
 * configured connect and read timeouts — with the shared {@link Json} mapper, {@code User-Agent: elements4j/<version>},
 * {@code Accept: application/json}, {@code Content-Type: application/json} on a request with a body (the transport adds
 * these three unless the method declares them: a header in Feign's templates is copied and expanded on every call),
 * and the adapter's interceptors (authentication). Feign never retries: the
 * {@link RetryPolicy} does, from the classified error.
 *
 * <p><b>Errors in a 2xx body.</b> A vendor that can answer 2xx with an error envelope declares how to spot one with
 * {@link Builder#errorEnvelopeIn2xx}. Such a body then reaches the vendor's {@link ErrorClassifier} as a
 * {@link HttpFailure.Kind#RESPONSE} failure with the real status and the raw body, exactly like an error status,
 * so one classifier and one retry decision cover both. A 2xx body that becomes a record is parsed once: with a
 * screen on the bound record (the two-argument form), straight from its bytes, a tree being built only for a body
 * the screen flags or one that does not fit the record; with the tree predicate alone, into the tree the predicate
 * sees, from which the record is then bound.
 */
public final class VendorHttp implements AutoCloseable {

    private final String vendor;
    private final String baseUrl;
    private final Request.Options options;
    private final Transport transport;
    private final Seq<RequestInterceptor> interceptors;
    private final Seq<Credential> credentials;
    private final Option<RequestSigner> signer;
    private final ErrorClassifier classifier;
    private final Option<ErrorEnvelope> errorEnvelope;
    private final Redaction redaction;
    private final Logger.Level logLevel;
    private final Option<org.slf4j.Logger> logger;
    private final Retrying retrying;
    private final Clock clock;
    private final Duration callTimeout;
    private final Sleeper sleeper;
    private final ElementsListener listener;
    private final String providerId;
    /** The call this thread is running, so the transport can show it each response. */
    private final ThreadLocal<CallObserver> observing = new ThreadLocal<>();

    private VendorHttp(Builder b) {
        this.vendor = b.vendor;
        this.baseUrl = b.baseUrl;
        this.options = new Request.Options(b.connectTimeout, b.readTimeout, false);
        this.transport = Transport.of(b.config);
        this.interceptors = b.interceptors;
        this.credentials = b.credentials;
        this.signer = b.signer;
        this.classifier = b.classifier.getOrElse(() -> ErrorClassifier.byStatus(b.vendor));
        this.errorEnvelope = b.errorEnvelope;
        this.redaction = b.redaction;
        this.logLevel = b.logLevel;
        this.logger = b.logger;
        this.retrying = new Retrying(b.retryPolicy, b.config.sleeper());
        this.clock = b.config.clock();
        this.callTimeout = b.config.callTimeout();
        this.sleeper = b.config.sleeper();
        this.listener = b.config.listener();
        this.providerId = b.config.providerId();
    }

    /**
     * A provider's configuration keys: its own, then the ones every provider built on {@code VendorHttp} reads (base
     * URL, connect, read and call timeouts, retries, HTTP client), so {@code elements providers} lists them all.
     *
     * @param own the provider's own keys, credentials first
     * @return every key the provider reads
     */
    public static Seq<ConfigKey> configKeys(ConfigKey... own) {
        return List.of(own)
                .appendAll(List.of(
                        ConfigKey.BASE_URL,
                        ConfigKey.CONNECT_TIMEOUT,
                        ConfigKey.READ_TIMEOUT,
                        ConfigKey.CALL_TIMEOUT,
                        ConfigKey.MAX_RETRIES,
                        ConfigKey.HTTP_CLIENT));
    }

    /**
     * @param vendor         the vendor's name as messages show it ({@code Kling}, {@code useapi.net})
     * @param config         base URL, timeouts, retries, clock and sleeper come from here
     * @param defaultBaseUrl used when the configuration sets no {@code base-url}
     */
    public static Builder builder(String vendor, ProviderConfig config, String defaultBaseUrl) {
        return new Builder(vendor, config, defaultBaseUrl);
    }

    /**
     * Sets up ahead of a first call what the clients of {@code apis} would set up on their first answers: the readers
     * of every method's answer type, in the shared JSON mapper. For {@code ElementsProvider.prepare()}: it sends
     * nothing, reads no setting, may run on any thread and more than once, and never throws.
     *
     * @param apis interfaces with {@code @RequestLine} methods, as given to {@link #client}
     */
    public static void prepare(Class<?>... apis) {
        for (Class<?> api : apis) {
            VendorDecoder.prepare(Json.mapper(), api);
        }
    }

    /**
     * A Feign client for {@code api} (an interface with {@code @RequestLine} methods) against the base URL. Build
     * each once and keep it; clients are thread-safe. A method returning {@code String} gets the raw body and skips
     * the 2xx error-envelope check.
     */
    public <A> A client(Class<A> api) {
        Objects.requireNonNull(api, "api");
        TargetedContract contract = new TargetedContract(baseUrl);
        JsonBodyEncoder encoder = new JsonBodyEncoder(Json.mapper());
        VendorDecoder decoder = new VendorDecoder(Json.mapper(), errorEnvelope, clock);
        CapturingErrorDecoder errors = new CapturingErrorDecoder(clock);
        RedactingSlf4jLogger log = new RedactingSlf4jLogger(
                logger.getOrElse(() -> LoggerFactory.getLogger(api)), redaction, credentials.map(Credential::name));
        Client client = this::withinDeadline;
        boolean quiet = logLevel == Logger.Level.NONE;
        return Feign.builder()
                .contract(contract)
                .client(client)
                .options(options)
                .encoder(encoder)
                .decoder(decoder)
                .errorDecoder(errors)
                .retryer(Retryer.NEVER_RETRY)
                .requestInterceptors(interceptors.toJavaList())
                .logger(log)
                .logLevel(logLevel)
                .invocationHandlerFactory(new DirectMethods(
                        contract,
                        client,
                        options,
                        encoder,
                        decoder,
                        errors,
                        () -> !quiet && log.logs(),
                        !interceptors.isEmpty()))
                .target(new TargetedContract.BaseUrlTarget<>(api, baseUrl));
    }

    /**
     * Sends {@code request} (one call on a client from {@link #client}) until it succeeds or the retry policy
     * stops, and says what happened as a value.
     *
     * @param call    what the call does, which decides what may be retried
     * @param request sends the call once. Every attempt must send the same request: build the body and mint any
     *                idempotency key before calling this. A method with nothing useful to return still declares a
     *                return type ({@code String} gets the raw body, "" when empty); {@code void} is not allowed.
     */
    public <T> Either<ElementsError, T> call(CallKind call, Supplier<? extends T> request) {
        return this.<T>execute(call, request).result();
    }

    /**
     * {@link #call}, with the answer checked inside the retry loop: {@code read} turns the decoded body into the
     * value, or says what is wrong with it (a missing field, a status this library does not know, an id of the
     * wrong shape). Such an answer counts as an unreadable 2xx, exactly like a body that would not parse: retried
     * within the budget for a read or a delete, ambiguous for a create.
     *
     * @param call    what the call does, which decides what may be retried
     * @param request sends the call once (see {@link #call})
     * @param read    the value from a decoded body, or the problem with it; never null
     */
    public <T, R> Either<ElementsError, R> call(
            CallKind call, Supplier<? extends T> request, Function<? super T, Either<String, R>> read) {
        return call(call, request, value -> Option.none(), read);
    }

    /**
     * {@link #call(CallKind, Supplier, Function)} for an envelope that carries the vendor's request id: an answer
     * {@code read} refuses keeps that id, for the error and for support tickets.
     *
     * @param requestId the request id a decoded body carries, if any
     */
    public <T, R> Either<ElementsError, R> call(
            CallKind call,
            Supplier<? extends T> request,
            Function<? super T, Option<String>> requestId,
            Function<? super T, Either<String, R>> read) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(requestId, "requestId");
        return this.<R>run(call, () -> {
                    T value = request.get();
                    return read.apply(value).mapLeft(problem -> new Refused(problem, requestId.apply(value)));
                })
                .result();
    }

    /** A header sent with every request, its value made as each attempt is sent; {@code toString} shows no value. */
    private record Credential(String name, Supplier<String> value) {}

    /** What a read refused in a decoded answer, with the answer's request id. */
    private record Refused(String problem, Option<String> requestId) {
        HttpFailure failure() {
            return HttpFailure.malformedBody(
                    200, requestId.map(id -> Headers.of("x-request-id", id)).getOrElse(Headers.none()), "", problem);
        }
    }

    /** {@link #call}, also saying how many requests were sent. */
    public <T> CallOutcome<T> execute(CallKind call, Supplier<? extends T> request) {
        Supplier<Either<Refused, T>> unchecked = () -> Either.right(request.get());
        return run(call, unchecked);
    }

    private <T> CallOutcome<T> run(CallKind call, Supplier<Either<Refused, T>> request) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(request, "request");
        Deadline deadline = Deadline.currentOr(callTimeout, clock);
        CallObserver observer = new CallObserver(
                listener,
                providerId,
                OperationScope.current().getOrElse(() -> call.name().toLowerCase(Locale.ROOT)),
                clock,
                redaction);
        CallObserver outer = observing.get();
        observing.set(observer);
        observer.started();
        try {
            CallOutcome<T> outcome = deadline.within(() -> retrying.execute(
                    vendor,
                    call,
                    Option.some(deadline),
                    () -> observer.attempted(attemptOnce(call, request)),
                    observer::retried));
            observer.ended(outcome);
            return outcome;
        } finally {
            if (outer == null) {
                observing.remove();
            } else {
                observing.set(outer);
            }
        }
    }

    /**
     * The deadline an operation made of several calls (a recovery, a walk over pages) must honour: the one open on
     * this thread (the facade opens one per operation), else a new one from the configured {@code call-timeout}.
     * Run the operation inside {@link Deadline#within} so each call shares it.
     */
    public Deadline deadline() {
        return Deadline.currentOr(callTimeout, clock);
    }

    /**
     * Waits before round {@code round} (1 for the first wait) of an adapter's own loop — looking a create up again,
     * say — with the retry policy's backoff, when the deadline leaves time for that wait and a call after it.
     *
     * @return false, without waiting, when the deadline does not allow it or the thread was interrupted
     */
    public boolean pause(int round, Deadline deadline) {
        return waitWithin(
                retrying.policy().backoff().delay(round, retrying.policy().random()), deadline);
    }

    /**
     * Waits {@code delay} on the configured sleeper (virtual in tests) when the deadline leaves time for it and a
     * call after it.
     *
     * @return false, without waiting, when the deadline does not allow it or the thread was interrupted
     */
    public boolean waitWithin(Duration delay, Deadline deadline) {
        if (!deadline.allows(delay) || Thread.currentThread().isInterrupted()) {
            return false;
        }
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Adds the credentials and signs one request, then sends it with its timeouts cut to what is left of the call's
     * deadline.
     */
    private feign.Response withinDeadline(Request request, Request.Options given) throws IOException {
        feign.Response response = sendWithinDeadline(request, signed(request, credentialsNow()), given);
        CallObserver observer = observing.get();
        if (observer != null) {
            observer.received(response);
        }
        return response;
    }

    /** The credential headers, their values as of this attempt (a token made per request is made again). */
    private SentHeaders credentialsNow() {
        SentHeaders sent = SentHeaders.NONE;
        for (Credential credential : credentials) {
            sent = sent.with(credential.name(), credential.value().get());
        }
        return sent;
    }

    /**
     * The headers to add as {@code request} is sent: the credentials, then the signer's headers, which replace any of
     * the same name. The signer sees the request as it will go out, the credentials among its headers.
     */
    private SentHeaders signed(Request request, SentHeaders credentials) {
        if (signer.isEmpty()) {
            return credentials;
        }
        io.vavr.collection.Map<String, String> added = Objects.requireNonNull(
                signer.get()
                        .sign(OutgoingRequest.lazy(
                                request.httpMethod().name(),
                                request.url(),
                                () -> headersToSign(request, credentials),
                                request.body())),
                () -> vendor + "'s request signer returned null");
        return added.foldLeft(credentials, (sent, header) -> sent.with(header._1, header._2));
    }

    /** The request's headers with the credentials in place of any of the same name, as a signer sees them. */
    private static Headers headersToSign(Request request, SentHeaders credentials) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        credentials.forEach((name, value) -> headers.put(name, java.util.List.of(value)));
        return Headers.of(headers);
    }

    private feign.Response sendWithinDeadline(Request request, SentHeaders sent, Request.Options given)
            throws IOException {
        Option<Deadline> deadline = Deadline.current();
        if (deadline.isEmpty()) {
            return transport.execute(request, given, sent);
        }
        long left = Math.max(1, deadline.get().remaining().toMillis());
        if (left >= given.readTimeoutMillis() && left >= given.connectTimeoutMillis()) {
            return transport.execute(request, given, sent);
        }
        return transport.execute(
                request,
                new Request.Options(
                        Math.min(left, given.connectTimeoutMillis()),
                        TimeUnit.MILLISECONDS,
                        Math.min(left, given.readTimeoutMillis()),
                        TimeUnit.MILLISECONDS,
                        given.isFollowRedirects()),
                sent);
    }

    private <T> Either<ClassifiedFailure, T> attemptOnce(CallKind call, Supplier<Either<Refused, T>> request) {
        Either<Refused, T> value;
        try {
            value = request.get();
        } catch (RuntimeException thrown) {
            Option<HttpFailure> failure = FailureTranslation.translate(thrown);
            if (failure.isEmpty()) {
                throw thrown;
            }
            return Either.left(classified(failure.get(), call));
        }
        if (value == null || value.isRight() && value.get() == null) {
            throw new IllegalStateException("a " + vendor + " call returned null: declare a return type on the Feign "
                    + "method (String for a body you ignore), not void");
        }
        if (value.isLeft()) {
            return Either.left(classified(value.getLeft().failure(), call));
        }
        return Either.right(value.get());
    }

    private ClassifiedFailure classified(HttpFailure failure, CallKind call) {
        HttpFailure redacted = failure.redactedWith(redaction);
        ElementsError error = Objects.requireNonNull(
                classifier.classify(redacted, call),
                () -> vendor + "'s error classifier returned null for " + redacted.kind());
        return new ClassifiedFailure(redacted, error);
    }

    public String vendor() {
        return vendor;
    }

    /** Releases pooled connections. Clients made by {@link #client} fail once this is closed. Idempotent. */
    @Override
    public void close() {
        transport.close();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public RetryPolicy retryPolicy() {
        return retrying.policy();
    }

    /** The redaction this vendor's logs and failures pass through; adapters use it for messages they build. */
    public Redaction redaction() {
        return redaction;
    }

    /** The configured clock, which every call's deadline and {@link #pause} read. */
    public Clock clock() {
        return clock;
    }

    public static final class Builder {
        private final String vendor;
        private final ProviderConfig config;
        private final String baseUrl;
        private final Duration connectTimeout;
        private final Duration readTimeout;
        private Seq<RequestInterceptor> interceptors = List.empty();
        private Seq<Credential> credentials = List.empty();
        private Option<RequestSigner> signer = Option.none();
        private Option<ErrorClassifier> classifier = Option.none();
        private Option<ErrorEnvelope> errorEnvelope = Option.none();
        private Redaction redaction = Redaction.patternsOnly();
        private RetryPolicy retryPolicy;
        private Logger.Level logLevel = Logger.Level.BASIC;
        private Option<org.slf4j.Logger> logger = Option.none();

        private Builder(String vendor, ProviderConfig config, String defaultBaseUrl) {
            this.vendor = Objects.requireNonNull(vendor, "vendor");
            this.config = Objects.requireNonNull(config, "config");
            this.baseUrl = config.baseUrl(Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl"));
            String scheme = URI.create(baseUrl).getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ProviderConfigurationException(
                        config.providerId(),
                        "configuration key " + ConfigKey.BASE_URL.propertyName(config.providerId())
                                + " must be an http or https URL, such as " + defaultBaseUrl + "; got '"
                                + config.masked(baseUrl) + "'");
            }
            this.connectTimeout = config.connectTimeout();
            this.readTimeout = config.readTimeout();
            this.retryPolicy = RetryPolicy.from(config);
        }

        /** Sends {@code Authorization: Bearer <secret>}; the secret is masked in every log line and failure. */
        public Builder bearer(Secret secret) {
            Objects.requireNonNull(secret, "secret");
            redaction = redaction.and(secret);
            String value = "Bearer " + secret.reveal();
            return credential("Authorization", () -> value);
        }

        /**
         * Sends {@code Authorization: Bearer <token>} with a token made per request (a signed JWT). The token is
         * masked as a bearer token; pass the secret it is signed with to {@link #redact} too.
         */
        public Builder bearer(Supplier<String> token) {
            Objects.requireNonNull(token, "token");
            return credential("Authorization", () -> "Bearer " + token.get());
        }

        /**
         * Sends {@code name: <secret>} on every request (an API-key header such as {@code X-Api-Key}); the secret is
         * masked in every log line and failure, whatever the header is called, as {@link #bearer(Secret)} masks
         * its token.
         */
        public Builder header(String name, Secret secret) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(secret, "secret");
            redaction = redaction.and(secret);
            String value = secret.reveal();
            return credential(name, () -> value);
        }

        /**
         * Sends {@code name: value} on every request, for a value that is no secret (an organization or account id).
         * The transport adds it as each attempt is sent, as it adds the credentials, rather than a Feign
         * {@link #interceptor}: a client with an interceptor builds Feign's request template on every call, where
         * one without sends its plain methods straight from their parsed shape. Like a credential it replaces any
         * header of its name, and the DEBUG request log lists it masked.
         */
        public Builder fixedHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            return credential(name, () -> value);
        }

        /**
         * A credential header, added by the transport as each attempt is sent rather than by a Feign interceptor:
         * Feign would parse its value into a header template and expand it again on every call. It replaces any
         * header of its name, a credential given earlier or one an interceptor set. The DEBUG request log lists it,
         * masked, with the headers Feign built.
         */
        private Builder credential(String name, Supplier<String> value) {
            credentials = credentials.append(new Credential(name, value));
            return this;
        }

        /** Also masks these secrets wherever they appear in logs and failures. */
        public Builder redact(Secret... secrets) {
            redaction = redaction.and(secrets);
            return this;
        }

        /**
         * Runs on every request; credentials go through {@link #bearer} and {@link #header}, a header of fixed value
         * through {@link #fixedHeader}, and the transport adds the standard headers after. A client with an
         * interceptor builds Feign's request template on every call.
         */
        public Builder interceptor(RequestInterceptor interceptor) {
            interceptors = interceptors.append(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Signs every request as it will be sent — method, path with query, body, headers — after the interceptors and
         * the credentials, on every
         * attempt ({@link RequestSigner}). Pass the secret the signature is made with to {@link #redact} too.
         */
        public Builder signer(RequestSigner value) {
            signer = Option.of(Objects.requireNonNull(value, "signer"));
            return this;
        }

        /** The vendor's classifier; without one, {@link ErrorClassifier#byStatus}. */
        public Builder classifier(ErrorClassifier value) {
            classifier = Option.of(Objects.requireNonNull(value, "classifier"));
            return this;
        }

        /**
         * How to spot an error envelope in a 2xx body (Kling: {@code code != 0}). A body that matches goes to the
         * classifier as a failure instead of being decoded. The predicate sees the parsed body; never null. Every
         * 2xx body is then parsed as a tree first: prefer {@link #errorEnvelopeIn2xx(Predicate, Predicate)}.
         */
        public Builder errorEnvelopeIn2xx(Predicate<JsonNode> isError) {
            errorEnvelope = Option.of(new ErrorEnvelope(isError, Option.none()));
            return this;
        }

        /**
         * {@link #errorEnvelopeIn2xx(Predicate)}, without a tree for every body: {@code mayBeError} sees the value
         * bound straight from the body's bytes (the Feign method's return type, never null) and clears the bodies
         * that cannot be an error envelope, which are then returned as bound. A body it flags, or one that does not
         * fit the return type (an error envelope may not: its {@code data} of another shape, say), is parsed as a
         * tree and {@code isError} decides, exactly as with the one-argument form; so classifiers see the same
         * failures either way. {@code mayBeError} must therefore flag every body {@code isError} would call an
         * error; one it flags wrongly costs a second parse, nothing more (Kling's, in the class comment).
         */
        public Builder errorEnvelopeIn2xx(Predicate<JsonNode> isError, Predicate<Object> mayBeError) {
            errorEnvelope =
                    Option.of(new ErrorEnvelope(isError, Option.of(Objects.requireNonNull(mayBeError, "mayBeError"))));
            return this;
        }

        /** Without one, {@link RetryPolicy#from} the configuration. */
        public Builder retryPolicy(RetryPolicy value) {
            retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** How much Feign logs at DEBUG (default {@code BASIC}: method, URL, status, time). Always redacted. */
        public Builder logLevel(Logger.Level value) {
            logLevel = Objects.requireNonNull(value, "logLevel");
            return this;
        }

        /** Where Feign logs (default: a logger named after each client interface). */
        public Builder logger(org.slf4j.Logger value) {
            logger = Option.of(Objects.requireNonNull(value, "logger"));
            return this;
        }

        public VendorHttp build() {
            return new VendorHttp(this);
        }
    }
}
