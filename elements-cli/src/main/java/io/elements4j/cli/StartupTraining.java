package io.elements4j.cli;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The training run of the CLI's start-up archive (AppCDS): the {@code elements} launcher runs this once per jar and
 * JDK under {@code -XX:DumpLoadedClassList}, archives the classes it loaded with {@code java -Xshare:dump}, and later
 * commands start from them ({@code -XX:SharedArchiveFile}). It runs the common commands in process — help, the
 * provider table, and for every provider on the class path a create its rules refuse, then a create, a list and a
 * task sent to that provider's offline sandbox, and one create over https, so TLS is set up as for a real vendor —
 * so the archive holds the CLI, every adapter and their HTTP, TLS and JSON libraries. The sandboxes run in a child
 * process ({@code elements sandbox all}), so their web server stays out of the archive (it would make it ten times
 * larger and every start slower). No provider is named here: whatever adapters the jar holds are trained. It reads
 * no environment and no system property, so no credential is read and no real vendor is ever called. Output goes
 * nowhere.
 */
final class StartupTraining {

    /** How long the child's sandboxes serve at most: far longer than the run, and they stop by themselves. */
    private static final String SERVE_FOR = "3m";

    private static final String NOT_A_CREDENTIAL = "training-only-not-a-credential";
    private static final Map<String, String> MADE_UP_ENV = Map.of("ELEMENTS_TRAINING_ONLY", "not-a-setting");
    private static final List<String> DRAFT = List.of(
            "--name",
            "Courier",
            "--frontal",
            "https://example.com/front.jpg",
            "--extra",
            "https://example.com/side.jpg",
            "--description",
            "A courier");

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        // What every real command registers for Ctrl-C (made, not registered), so its lambda is archived too.
        CliContext.Interrupts.jvm();
        // What a command's start-up warm-up loads, on this thread: its classes, the providers, TLS.
        StartupWarmup.overHttps(new String[0]);
        new StartupWarmup.Work(loader(), true, Option.none()).run();
        List<ProviderMetadata> providers = Providers.ordered(ElementsProviders.available(loader())
                        .flatMap(FoundProvider::provider)
                        .map(ElementsProvider::metadata))
                .toJavaList();
        Process sandboxes = startSandboxes();
        try {
            // While the sandboxes start, the commands that send nothing, every provider with a made-up credential.
            Properties offline = settings(providers, new Properties());
            for (List<String> command : List.of(
                    List.of("--help"),
                    List.of("--version"),
                    List.of("providers"),
                    List.of("create", "--help"),
                    List.of("providers", "--json"))) {
                run(command, offline);
            }
            for (ProviderMetadata provider : providers) {
                run(
                        List.of(
                                "create",
                                "--provider",
                                provider.id(),
                                "--name",
                                "Refused",
                                "--frontal",
                                "https://example.com/front.jpg"),
                        offline);
            }
            Properties settings = settings(
                    providers,
                    served(new BufferedReader(
                            new InputStreamReader(sandboxes.getInputStream(), StandardCharsets.UTF_8))));
            for (ProviderMetadata provider : providers) {
                run(with(List.of("create", "--provider", provider.id()), DRAFT), settings);
                run(with(List.of("create", "--provider", provider.id(), "--json"), DRAFT), settings);
                run(List.of("list", "--provider", provider.id()), settings);
                run(List.of("task", "860000000000000001", "--provider", provider.id()), settings);
                // A provider's other way in, such as Kling's access and secret key, each request with a token signed
                // here: the signing library and the JDK's HMAC start from the archive too. The sandbox refuses it.
                Properties other = otherCredential(provider, settings);
                if (!other.equals(settings)) {
                    run(List.of("task", "860000000000000001", "--provider", provider.id()), other);
                }
            }
            // A vendor is reached over https: a task and a create to a loopback https endpoint complete a real
            // handshake (TrainingTlsServer). Where none can be made, a create to a sandbox as https still sets TLS up
            // (the trust store read, a client hello sent) before the handshake fails on its plain-http answer.
            if (!providers.isEmpty()) {
                String id = providers.get(0).id();
                Properties tls = new Properties();
                tls.putAll(settings);
                tls.setProperty(key(id, ConfigKey.MAX_RETRIES), "0");
                Option<TrainingTlsServer> endpoint = TrainingTlsServer.start();
                if (endpoint.isDefined()) {
                    try (TrainingTlsServer server = endpoint.get()) {
                        server.trustInThisJvm();
                        tls.setProperty(key(id, ConfigKey.BASE_URL), server.baseUrl());
                        run(List.of("task", "860000000000000001", "--provider", id), tls);
                        run(with(List.of("create", "--provider", id), DRAFT), tls);
                    }
                } else {
                    tls.setProperty(
                            key(id, ConfigKey.BASE_URL),
                            settings.getProperty(key(id, ConfigKey.BASE_URL)).replaceFirst("^http:", "https:"));
                    run(with(List.of("create", "--provider", id), DRAFT), tls);
                }
            }
        } finally {
            sandboxes.destroy();
            try {
                sandboxes.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.exit(0);
    }

    /**
     * Every provider pointed at its sandbox with the sandbox's own test credentials; one without a sandbox at a
     * closed loopback port with a made-up credential, so its commands fail at once, and nothing reaches a vendor.
     */
    static Properties settings(List<ProviderMetadata> providers, Properties served) throws IOException {
        Properties settings = new Properties();
        settings.putAll(served);
        String closed;
        try (ServerSocket port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + port.getLocalPort();
        }
        for (ProviderMetadata provider : providers) {
            String id = provider.id();
            if (!settings.containsKey(key(id, ConfigKey.BASE_URL))) {
                settings.setProperty(key(id, ConfigKey.BASE_URL), closed);
                Credentials.secretKeys(provider)
                        .headOption()
                        .forEach(credential ->
                                settings.setProperty("elements." + id + "." + credential.name(), NOT_A_CREDENTIAL));
            }
            settings.setProperty(key(id, ConfigKey.CALL_TIMEOUT), "PT10S");
        }
        return settings;
    }

    /**
     * {@code settings} with the provider's first credential replaced by its other one, when it has one: every key of
     * its own named {@code …-key} but that first secret (Kling: {@code access-key} and {@code secret-key} instead of
     * {@code api-key}), each with a made-up value, and no retries. The same settings when it has no other.
     */
    static Properties otherCredential(ProviderMetadata provider, Properties settings) {
        Option<ConfigKey> first = Credentials.secretKeys(provider).headOption();
        Seq<ConfigKey> others =
                provider.configKeys().filter(key -> key.name().endsWith("-key")).filter(key -> !first.contains(key));
        if (first.isEmpty() || others.isEmpty()) {
            return settings;
        }
        Properties other = new Properties();
        other.putAll(settings);
        other.remove(key(provider.id(), first.get()));
        for (ConfigKey key : others) {
            other.setProperty(key(provider.id(), key), NOT_A_CREDENTIAL);
        }
        other.setProperty(key(provider.id(), ConfigKey.MAX_RETRIES), "0");
        return other;
    }

    /** {@code elements sandbox all} in a child JVM on this class path, with an empty environment. */
    private static Process startSandboxes() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "sandbox",
                        SandboxCommand.ALL,
                        "--for",
                        SERVE_FOR)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        child.environment().clear();
        return child.start();
    }

    /**
     * The configuration the child prints for each sandbox (its {@code or: -Dkey=value ...} line), read until it says
     * it is serving; nothing when it could not start one.
     */
    static Properties served(BufferedReader out) throws IOException {
        Properties served = new Properties();
        for (String line = out.readLine(); line != null && !line.startsWith("Serving"); line = out.readLine()) {
            if (line.startsWith("  or: ")) {
                for (String definition : line.substring("  or: ".length()).split(" ")) {
                    int eq = definition.indexOf('=');
                    if (definition.startsWith("-D") && eq > 2) {
                        served.setProperty(definition.substring(2, eq), definition.substring(eq + 1));
                    }
                }
            }
        }
        return served;
    }

    private static String key(String providerId, ConfigKey key) {
        return "elements." + providerId + "." + key.name();
    }

    private static List<String> with(List<String> command, List<String> more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(more);
        return all;
    }

    private static ClassLoader loader() {
        return StartupTraining.class.getClassLoader();
    }

    private static void run(List<String> command, Properties properties) {
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true);
        CliContext context = CliContext.builder()
                // Made up, not read: a real command's environment is never empty, and resolving settings from one
                // links lambdas that an empty one never reaches.
                .env(MADE_UP_ENV)
                .systemProperties(properties)
                .out(sink)
                .err(sink)
                .interactive(false)
                .build();
        try {
            ElementsCli.execute(context, command.toArray(String[]::new));
        } catch (RuntimeException | LinkageError e) {
            // A command that fails here only loads fewer classes; the archive is an optimisation.
        }
    }
}
