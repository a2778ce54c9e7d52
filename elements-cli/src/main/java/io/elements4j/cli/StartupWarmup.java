package io.elements4j.cli;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.client.ProviderSelectionException;
import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.security.SecureRandom;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;

/**
 * The one-time start-up work a command that calls a vendor meets later, done on a second core while the main thread
 * parses the command line. Each piece is process-wide set-up that the JDK caches or that this class hands over, so
 * the command later finds it done instead of doing it on its own path:
 *
 * <ul>
 *   <li>the providers on the class path, each loaded and asked for its metadata (about 15 ms), which the command
 *       reads right after parsing its arguments;
 *   <li>the calendar and date-format data of {@link Locale#US} in UTC, which JSON mapping reads when its first
 *       mapper class loads (about 20 ms), then the adapters' shared JSON mapper itself (about 15 ms);
 *   <li>the security providers, with HMAC-SHA256 and a seeded {@link SecureRandom}: Kling's token is signed on
 *       every call and every create draws an idempotency key (about 35 ms);
 *   <li>for a vendor reached over https, the default TLS context and the trust store it reads (about 80–110 ms
 *       more), and the JDK's own root certificates, which every handshake reads (about 35 ms);
 *   <li>last, the provider the command will use, as far as it can be told before parsing ({@code --provider},
 *       {@code -Delements.provider}, {@code ELEMENTS_PROVIDER}, or the only one), {@linkplain
 *       io.elements4j.ports.spi.ElementsProvider#prepare() prepared}: the readers of its vendor's answers, which
 *       the command's first answer would otherwise build (about 10 ms of {@code elements task} against Kling).
 * </ul>
 *
 * <p>It changes nothing a command sees: it starts after the command line's {@code -D} settings are in place (a
 * {@code -Djavax.net.ssl.trustStore} among them is the one read), every failure is swallowed (the command meets the
 * same failure on its own path and reports it there), the thread is a daemon, and on a single core it does not
 * start, since the work would only wait for the same core as the command.
 */
final class StartupWarmup {

    /**
     * The JSON mapper every adapter shares (adapter-support's {@code Json}): set up once, with its modules, when it
     * first loads. Named, because the command line does not compile against the adapters' support library.
     */
    static final String ADAPTERS_JSON = "io.elements4j.adapter.support.Json";

    /** The JDK's set of its own root certificates, initialised by name: nothing public reads it. */
    static final String JDK_ANCHOR_CERTIFICATES = "sun.security.util.AnchorCertificates";

    private StartupWarmup() {}

    /**
     * Starts the warm-up for the command {@code args} name, when it calls a vendor and the machine has a core to
     * spare.
     *
     * @param loader where the command will look for providers
     * @return the providers the warm-up finds on {@code loader}, to hand to the command's context; none when no
     *     warm-up started, and the command finds them itself
     */
    static Option<Supplier<Seq<FoundProvider>>> start(String[] args, ClassLoader loader) {
        Option<Subcommand> named = ElementsCommand.named(args);
        if (named.isEmpty()
                || !named.get().callsProvider()
                || Runtime.getRuntime().availableProcessors() < 2) {
            return Option.none();
        }
        // Named classes, not lambdas: the first lambda a JVM makes starts its lambda machinery on this path.
        Work work = new Work(loader, overHttps(args), ElementsCommand.providerArgument(args));
        Thread thread = new Thread(work, "elements-startup-warmup");
        thread.setDaemon(true);
        thread.start();
        return Option.some(work);
    }

    /**
     * Whether the command will likely reach its vendor over https: with no {@code --base-url} the vendor's own
     * address is (or the offline sandbox, which is then the one case warmed in vain), with one, its scheme says.
     */
    static boolean overHttps(String[] args) {
        // No lambda: this runs before the warm-up starts, which then meets the JVM's lambda set-up itself.
        Option<String> url = ElementsCommand.optionValue("--base-url", args);
        return url.isEmpty() || url.get().regionMatches(true, 0, "https:", 0, "https:".length());
    }

    /** The work itself, in the order a command meets it. */
    static final class Work implements Runnable, Supplier<Seq<FoundProvider>> {

        private static final int STEPS = 5;

        private final ClassLoader loader;
        private final boolean tls;
        private final Option<String> providerArgument;
        private final CompletableFuture<Seq<FoundProvider>> found = new CompletableFuture<>();

        /**
         * @param loader           where the command will look for providers
         * @param tls              whether the command will likely reach its vendor over https
         * @param providerArgument the command line's {@code --provider}, if it has one
         */
        Work(ClassLoader loader, boolean tls, Option<String> providerArgument) {
            this.loader = loader;
            this.tls = tls;
            this.providerArgument = providerArgument;
        }

        @Override
        public void run() {
            // First what the command needs first: the providers, which it reads right after parsing its arguments.
            try {
                found.complete(ElementsProviders.available(loader));
            } catch (RuntimeException | Error e) {
                found.completeExceptionally(e);
            }
            // Each step on its own: one that fails (a jar without the adapters' support library has no mapper to
            // set up) leaves the others to do. The command meets any failure again on its own path and reports it.
            for (int step = 0; step < STEPS; step++) {
                try {
                    step(step);
                } catch (Exception | LinkageError e) {
                    // As above: nothing to do here.
                }
            }
            try {
                chosen(providerArgument, get()).forEach(ElementsProvider::prepare);
            } catch (RuntimeException | LinkageError e) {
                // As above.
            }
        }

        private void step(int step) throws Exception {
            // In the order the command's main thread reaches them: the mapper as it builds the facade, the TLS
            // context as the transport makes its first connection, the HMAC as it signs its first request, the root
            // certificates as the server's chain arrives.
            switch (step) {
                case 0:
                    new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US)
                            .setTimeZone(TimeZone.getTimeZone("UTC"));
                    break;
                case 1:
                    Class.forName(ADAPTERS_JSON, true, loader);
                    break;
                case 2:
                    if (tls) {
                        SSLContext.getDefault();
                    }
                    break;
                case 3:
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
                    mac.doFinal(new byte[1]);
                    new SecureRandom().nextBytes(new byte[16]);
                    break;
                default:
                    if (tls) {
                        // The JDK's own root certificates, which a handshake reads (from the JDK's cacerts, whatever
                        // trust store is set) to ask whether the server's chain ends at a public CA: 35 ms of the
                        // command's main thread otherwise. A JDK without this class simply skips the step.
                        Class.forName(JDK_ANCHOR_CERTIFICATES, true, null);
                    }
            }
        }

        /**
         * The provider the command will choose among {@code found}, if it can be told from what is known before
         * parsing: none when the choice would fail (the command then reports why).
         */
        static Option<ElementsProvider> chosen(Option<String> providerArgument, Seq<FoundProvider> found) {
            Option<String> requested = providerArgument.orElse(
                    () -> ElementsProviders.requestedId(System.getProperties(), System.getenv()));
            try {
                return Option.some(ElementsProviders.select(requested, found));
            } catch (ProviderSelectionException e) {
                return Option.none();
            }
        }

        /**
         * The providers this warm-up found, waiting for its scan if it is still going; if the scan failed, they are
         * looked for again here, so the command reports what went wrong as it would have without a warm-up.
         */
        @Override
        public Seq<FoundProvider> get() {
            try {
                return found.join();
            } catch (CompletionException | CancellationException e) {
                return ElementsProviders.available(loader);
            }
        }
    }
}
