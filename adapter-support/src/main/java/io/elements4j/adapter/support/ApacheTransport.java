package io.elements4j.adapter.support;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The default transport: Apache HttpClient 5's classic (blocking) client over a pool of keep-alive connections. The
 * calling thread writes the request and reads the response itself, with no hand-off to other threads, which on
 * loopback halves the time of an exchange against the JDK client ({@code benchmarks/RESULTS.md}, "client choice")
 * and starts no threads at all.
 *
 * <p>Set up to do nothing on its own: no retries (Apache's default would re-send idempotent requests and honour
 * {@code Retry-After} itself; {@link RetryPolicy} decides instead), no redirects (the credential stays with the
 * vendor), no compression negotiated, no cookies, no authentication cache. Proxy and TLS settings come from the
 * standard system properties ({@code https.proxyHost}, {@code javax.net.ssl.trustStore}, ...), proxy settings as they
 * stand when the client is built ({@link #directUnlessProxied}); TLS is set up on the
 * first https connection, not before ({@link LazyTls}). A pooled connection
 * idle for more than two seconds is checked before reuse, so a connection the vendor has since closed is not handed
 * a create that would then fail ambiguously.
 *
 * <p><b>Secrets stay out of Apache's logs.</b> Its connections log every header (the {@code Authorization} one too)
 * at DEBUG on {@code org.apache.hc.client5.http.headers}, and the raw bytes on {@code ...http.wire}, to whoever turns
 * DEBUG on. The connections made here log neither; {@link RedactingSlf4jLogger} logs the exchange, masked.
 *
 * <p><b>Interrupts.</b> A caller already interrupted gets an answer at once, its flag kept. An interrupt that comes
 * while the caller is blocked reading a response does not end the read (blocking sockets ignore interrupts): the
 * call ends when the response or the read timeout comes. Use {@code http-client=jdk} where interrupts must cut
 * reads short.
 */
final class ApacheTransport implements Transport {

    static final String NAME = "apache";

    /** Enough for any host app's concurrency against one vendor; connections are opened only as needed. */
    static final int MAX_CONNECTIONS = 128;

    private final CloseableHttpClient client;
    /** The request settings of the last options seen: a client passes the same options on every call. */
    private volatile CachedConfig cached = new CachedConfig(null, null);
    /** Where the last request went (see {@link #originOf}). */
    private volatile Origin origin;

    private record CachedConfig(Request.Options options, RequestConfig config) {}

    ApacheTransport(Duration connectTimeout) {
        this(connectTimeout, DefaultClientTlsStrategy::createSystemDefault);
    }

    /**
     * A transport whose TLS set-up comes from {@code tls}, asked on the first https connection.
     *
     * @param connectTimeout how long opening a connection may take
     * @param tls            the TLS set-up, made when the first https connection needs it
     */
    ApacheTransport(Duration connectTimeout, Supplier<? extends TlsSocketStrategy> tls) {
        Timeout connect = Timeout.of(connectTimeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setConnectionFactory(QuietConnection.FACTORY)
                        .setTlsSocketStrategy(new LazyTls(tls))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .useSystemProperties()
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .useSystemProperties()
                .setRoutePlanner(directUnlessProxied())
                .build();
    }

    /** The system properties that give the JVM's default {@link ProxySelector} a proxy to choose. */
    private static final List<String> PROXY_PROPERTIES = List.of("http.proxyHost", "https.proxyHost", "socksProxyHost");

    /**
     * Straight to the vendor when the JVM has no proxy set up as the client is built: its default {@link
     * ProxySelector} and none of the proxy system properties. Otherwise {@code null}, and Apache's own planner asks the
     * selector before every request. Asking it costs a {@link URI} parse and a lookup of the proxy properties on
     * every call, for an answer that is {@code DIRECT} every time on a JVM with no proxy; proxy settings are read once,
     * when the client is built, as most HTTP clients read them.
     */
    static HttpRoutePlanner directUnlessProxied() {
        ProxySelector selector = ProxySelector.getDefault();
        boolean jdkDefault =
                selector != null && selector.getClass().getName().equals("sun.net.spi.DefaultProxySelector");
        boolean proxied = Boolean.getBoolean("java.net.useSystemProxies")
                || PROXY_PROPERTIES.stream()
                        .anyMatch(name -> !System.getProperty(name, "").isBlank());
        return jdkDefault && !proxied ? new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) : null;
    }

    @Override
    public Response execute(Request request, Request.Options options, SentHeaders sent) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new RequestNotExecutedException(
                    "interrupted before sending " + request.httpMethod() + " " + request.url());
        }
        String url = request.url();
        Origin target = originOf(url);
        Outgoing outgoing =
                new Outgoing(request.httpMethod().name(), target.host(), target.pathOf(url), configFor(options));
        Transport.writeHeaders(request, sent, outgoing::addHeader);
        byte[] body = request.body();
        if (body != null) {
            outgoing.setEntity(new ByteArrayEntity(body, null));
        }
        return client.execute(target.host(), outgoing, response -> responseOf(request, response));
    }

    /**
     * The scheme, host and port of the last URL sent, parsed once: a client sends every request to its one base URL,
     * so the rest of each URL is its path as it stands, and no request is parsed into a {@link URI} again.
     */
    private Origin originOf(String url) throws IOException {
        Origin last = origin;
        if (last != null && last.serves(url)) {
            return last;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IOException("Invalid uri " + url, e);
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IOException("Invalid uri " + url + ": an absolute http(s) URL with a host and no user info");
        }
        last = new Origin(
                uri.getScheme() + "://" + uri.getRawAuthority(),
                new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()));
        origin = last;
        return last;
    }

    /** A URL's {@code scheme://authority} as written, and the host Apache connects to for it. */
    private record Origin(String prefix, HttpHost host) {

        boolean serves(String url) {
            if (!url.startsWith(prefix)) {
                return false;
            }
            if (url.length() == prefix.length()) {
                return true;
            }
            char next = url.charAt(prefix.length());
            return next == '/' || next == '?';
        }

        /** The path and query as the URL has them: {@code /} when it has none. */
        String pathOf(String url) {
            String rest = url.substring(prefix.length());
            int fragment = rest.indexOf('#');
            if (fragment >= 0) {
                rest = rest.substring(0, fragment);
            }
            return rest.isEmpty() ? "/" : rest.charAt(0) == '?' ? "/" + rest : rest;
        }
    }

    /** A request to a known host with its settings, built without parsing its URL. */
    private static final class Outgoing extends BasicClassicHttpRequest implements Configurable {

        private final RequestConfig config;

        Outgoing(String method, HttpHost host, String path, RequestConfig config) {
            super(method, host, path);
            this.config = config;
        }

        @Override
        public RequestConfig getConfig() {
            return config;
        }
    }

    private RequestConfig configFor(Request.Options options) {
        CachedConfig last = cached;
        if (last.options() != options) {
            // Waiting for a pooled connection counts as connecting (it fails before anything is sent); the read
            // timeout bounds the wait for a response.
            last = new CachedConfig(
                    options,
                    RequestConfig.copy(RequestConfig.DEFAULT)
                            .setConnectionRequestTimeout(Timeout.ofMilliseconds(options.connectTimeoutMillis()))
                            .setResponseTimeout(options.readTimeoutMillis(), TimeUnit.MILLISECONDS)
                            .build());
            cached = last;
        }
        return last.config();
    }

    private static Response responseOf(Request request, ClassicHttpResponse response) throws IOException {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        List<String> encodings = new ArrayList<>(1);
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>(1))
                    .add(header.getValue());
            if (header.getName().equalsIgnoreCase("Content-Encoding")) {
                encodings.add(header.getValue());
            }
        }
        byte[] body = bytesOf(response.getEntity());
        return Response.builder()
                .protocolVersion(Request.ProtocolVersion.HTTP_1_1)
                .status(response.getCode())
                .reason(response.getReasonPhrase())
                .request(request)
                .headers(headers)
                .body(new ReadBody(Transport.decoded(encodings, body)))
                .build();
    }

    /** Up to this length, a body is read straight into an array of the length it announces. */
    private static final long EXACT_READ_LIMIT = 16L << 20;

    /**
     * The entity read whole into one array of its announced length (Apache's {@code EntityUtils.toByteArray} reads
     * into a buffer and then copies it). A body that announces no length, or more than {@link #EXACT_READ_LIMIT}, is
     * read as it comes, so a length announced but never sent reserves no memory. Closing the stream releases the
     * connection to the pool.
     */
    static byte[] bytesOf(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            long announced = entity.getContentLength();
            if (announced < 0 || announced > EXACT_READ_LIMIT) {
                return in.readAllBytes();
            }
            byte[] body = new byte[(int) announced];
            int read = in.readNBytes(body, 0, body.length);
            if (read < body.length) {
                // the connection ended early: Apache's stream throws first for a Content-Length body, but keep
                // what came rather than zeros
                return Arrays.copyOf(body, read);
            }
            return body;
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /**
     * A pooled connection that logs neither headers nor wire bytes (see the class comment): httpcore5's plain blocking
     * client connection, which logs nothing, with what the pool needs of a connection added — the same additions
     * Apache's own connection makes, minus its logs (headers and wire bytes, and two DEBUG lines of its own when a
     * connection closes or gets a new read timeout).
     *
     * <p>It extends {@link DefaultBHttpClientConnection}, public and open for extension in every httpcore5 5.x, and
     * not Apache's {@code DefaultManagedHttpClientConnection}, which is package-private and final up to httpclient5
     * 5.5 (subclassing it fails at class loading there). Everything used here exists unchanged in httpcore5 5.3 to
     * 5.5 and in {@link ManagedHttpClientConnection} from httpclient5 5.4 on.
     */
    static final class QuietConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection, Identifiable {

        private static final AtomicLong COUNT = new AtomicLong();

        static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
            QuietConnection connection = new QuietConnection("elements4j-" + COUNT.getAndIncrement());
            if (socket != null) {
                connection.bind(socket);
            }
            return connection;
        };

        private final String id;
        private final AtomicBoolean closed = new AtomicBoolean();
        /** The read timeout the pool last set; a connection idle in the pool waits without one. */
        private Timeout socketTimeout = Timeout.DISABLED;

        QuietConnection(String id) {
            super(Http1Config.DEFAULT);
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bindTo(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bindTo(new SocketHolder(sslSocket, socket));
        }

        private void bindTo(SocketHolder holder) throws IOException {
            if (closed.get()) {
                // Closed (a pool shut down, a call cancelled) while the socket was being opened: do not keep it.
                holder.getSocket().close();
                throw new InterruptedIOException("connection " + id + " was closed while connecting");
            }
            super.bind(holder);
            socketTimeout = Timeout.ofMilliseconds(holder.getSocket().getSoTimeout());
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            super.setSocketTimeout(timeout);
            socketTimeout = timeout;
        }

        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            super.setSocketTimeout(socketTimeout);
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true)) {
                super.close();
            }
        }

        @Override
        public void close(CloseMode closeMode) {
            if (closed.compareAndSet(false, true)) {
                super.close(closeMode);
            }
        }
    }

    /**
     * The system's TLS set-up (trust store, key store, protocols, from the {@code javax.net.ssl.*} properties), made
     * on the first https connection instead of when the client is built: reading the trust store's hundred-odd
     * certificates takes about a tenth of a second, which a command that sends nothing, or talks plain http to a
     * sandbox on this machine, should not pay. A set-up that fails (a missing trust store, a wrong password) fails
     * that connection as an {@link SSLException} before anything is sent — the call is then known not to have
     * reached the vendor — and is tried again on the next one.
     */
    static final class LazyTls implements TlsSocketStrategy {

        private final Supplier<? extends TlsSocketStrategy> make;
        private volatile TlsSocketStrategy made;

        LazyTls(Supplier<? extends TlsSocketStrategy> make) {
            this.make = make;
        }

        @Override
        public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
                throws IOException {
            return strategy().upgrade(socket, target, port, attachment, context);
        }

        private TlsSocketStrategy strategy() throws SSLException {
            TlsSocketStrategy tls = made;
            if (tls != null) {
                return tls;
            }
            synchronized (this) {
                if (made == null) {
                    try {
                        made = Objects.requireNonNull(make.get(), "TLS set-up");
                    } catch (RuntimeException e) {
                        throw new SSLException(
                                "TLS could not be set up (check the javax.net.ssl.* system" + " properties): "
                                        + e.getMessage(),
                                e);
                    }
                }
                return made;
            }
        }
    }
}
