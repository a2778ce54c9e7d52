package io.elements4j.cli;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.config.ConfigResolver;
import io.elements4j.client.config.ResolvedKey;
import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The facade for one invocation: the chosen provider, configured like any host app (DESIGN §4: -D properties,
 * {@code ELEMENTS_<PROVIDER>_<KEY>}, the vendor's env names), or — when it has no credentials and no
 * {@code --base-url} — pointed at its offline sandbox, started in this process for the length of the command.
 */
final class Session implements AutoCloseable {

    private final ProviderMetadata provider;
    private final Elements elements;
    private final Option<OfflineVendor> sandbox;
    private final Progress progress;
    private final Output output;
    private final CliContext context;

    private Session(
            ProviderMetadata provider,
            Elements elements,
            Option<OfflineVendor> sandbox,
            Progress progress,
            Output output,
            CliContext context) {
        this.provider = provider;
        this.elements = elements;
        this.sandbox = sandbox;
        this.progress = progress;
        this.output = output;
        this.context = context;
    }

    /** Whether a session on this provider runs on its one-shot sandbox: no {@code --base-url} and no credentials. */
    static boolean usesSandbox(ElementsCommand root, ProviderMetadata metadata) {
        CliContext context = root.context();
        return root.baseUrl().isEmpty()
                && !Credentials.present(metadata, Map.of(), context.systemProperties(), context.env());
    }

    /**
     * Whether a callback URL on this machine may be given to this provider: on its one-shot sandbox, which calls
     * back on this machine, or with {@code allow-loopback-callbacks=true} set for it (as for a sandbox of one's own).
     * The facade decides the same from its configuration; the command line asks before it starts anything.
     */
    static boolean loopbackCallbacksAllowed(ElementsCommand root, ProviderMetadata metadata) {
        CliContext context = root.context();
        return usesSandbox(root, metadata)
                || ConfigResolver.of(Map.of(), context.systemProperties(), context.env())
                        .describe(metadata)
                        .find(resolved -> resolved.key().name().equals(ConfigKey.ALLOW_LOOPBACK_CALLBACKS.name()))
                        .flatMap(ResolvedKey::displayValue)
                        .exists("true"::equalsIgnoreCase);
    }

    /**
     * Opens a session on {@code chosen}, starting its one-shot sandbox when it has no credentials; with
     * {@code receivesCallbacks}, the command hands the vendor's callbacks to its facade itself.
     */
    static Session open(
            ElementsCommand root, ElementsProvider chosen, Option<Duration> callTimeout, boolean receivesCallbacks) {
        CliContext context = root.context();
        Output output = root.output();
        ProviderMetadata metadata = chosen.metadata();
        Properties properties = context.systemProperties();
        Map<String, String> explicit = new LinkedHashMap<>();
        root.baseUrl().forEach(url -> explicit.put(ConfigKey.BASE_URL.propertyName(metadata.id()), url));
        callTimeout.forEach(
                limit -> explicit.put(ConfigKey.CALL_TIMEOUT.propertyName(metadata.id()), limit.toString()));

        Option<OfflineVendor> sandbox = Option.none();
        if (usesSandbox(root, metadata)) {
            OfflineVendor started = startSandbox(metadata, context.classLoader());
            sandbox = Option.some(started);
            explicit.putAll(started.configuration().toJavaMap());
            root.sandboxUsed(started.baseUrl());
            output.note("no credentials for " + metadata.id() + " (" + Credentials.whatToSet(metadata)
                    + "): using the offline sandbox at " + started.baseUrl());
        }

        Progress progress = new Progress(output, context.effectiveClock(), context.interactive());
        ElementsBuilder builder = Elements.builder()
                .provider(new ObservedProvider(chosen, progress))
                .config(explicit)
                .systemProperties(properties)
                .env(context.env())
                .receivesCallbacks(receivesCallbacks);
        context.clock().forEach(builder::clock);
        context.sleeper().forEach(builder::sleeper);
        context.sleeper()
                .forEach(sleeper -> builder.scheduler(new SleeperScheduler(context.effectiveClock(), sleeper)));
        try {
            return new Session(metadata, builder.build(), sandbox, progress, output, context);
        } catch (ProviderConfigurationException e) {
            sandbox.forEach(OfflineVendor::close);
            throw configurationFailure(metadata, e);
        } catch (RuntimeException e) {
            sandbox.forEach(OfflineVendor::close);
            throw e;
        }
    }

    ProviderMetadata provider() {
        return provider;
    }

    Elements elements() {
        return elements;
    }

    Progress progress() {
        return progress;
    }

    String label() {
        return Credentials.label(provider);
    }

    /** Whether the vendor is this command's own sandbox, which stops (and forgets everything) when it ends. */
    boolean oneShotSandbox() {
        return sandbox.isDefined();
    }

    /** Where an error of this session happened, for the next step its line suggests. */
    CliFailure.Situation situation(CliFailure.Subject subject) {
        return new CliFailure.Situation(
                provider, subject, oneShotSandbox(), progress.task().map(Object::toString));
    }

    /**
     * For the length of a wait: if the user presses Ctrl-C, say which task it was and how to resume waiting for
     * it — or, on this command's own sandbox, that it cannot be. Running the answer ends the watch.
     */
    Runnable watchForInterrupt() {
        AutoCloseable registration = context.interrupts().register(() -> {
            output.endProgress();
            output.note(interrupted());
        });
        return () -> {
            try {
                registration.close();
            } catch (Exception e) {
                // Unregistering cannot usefully fail: the wait is over either way.
            }
        };
    }

    private String interrupted() {
        String on = " --provider " + provider.id();
        if (progress.task().isEmpty()) {
            return "interrupted before " + label() + " answered the create; it may have been accepted"
                    + (provider.supports(Capability.LIST) && !oneShotSandbox()
                            ? ": check with `elements list" + on + "` before creating again"
                            : "");
        }
        String task = progress.task().get().toString();
        if (oneShotSandbox()) {
            return "interrupted: task " + task + " ran on this command's offline sandbox, which stops now, so it"
                    + " cannot be resumed; serve a lasting sandbox with `elements sandbox " + provider.id() + "`";
        }
        if (provider.supports(Capability.TASK_QUERY)) {
            return "interrupted: task " + task + " goes on at " + label() + "; resume the wait with `elements await "
                    + task + on + "`";
        }
        return "interrupted: task " + task + " goes on at " + label()
                + (provider.supports(Capability.LIST)
                        ? "; `elements list" + on + "` shows the element once it is ready"
                        : "");
    }

    @Override
    public void close() {
        try {
            elements.close();
        } finally {
            sandbox.forEach(OfflineVendor::close);
        }
    }

    private static OfflineVendor startSandbox(ProviderMetadata metadata, ClassLoader loader) {
        String missing = "no credentials for " + metadata.id() + " (" + Credentials.whatToSet(metadata) + ")";
        OfflineVendors vendors = OfflineVendors.forProvider(metadata.id(), loader)
                .getOrElseThrow(
                        () -> CliFailure.of(
                                ExitCode.AUTH,
                                "Unauthorized",
                                missing + ", and no offline sandbox for it is on the"
                                        + " class path; set the credentials, or add io.elements4j:elements-sandbox to run offline"));
        try {
            return vendors.start(metadata.id());
        } catch (RuntimeException | LinkageError e) {
            throw CliFailure.of(
                    ExitCode.UNEXPECTED,
                    "SandboxFailure",
                    missing + ", and its offline sandbox could not" + " start: " + e.getMessage()
                            + " — set the credentials to use the vendor itself");
        }
    }

    /** A missing or malformed credential is an authentication problem; any other bad value is a usage one. */
    private static CliFailure configurationFailure(ProviderMetadata metadata, ProviderConfigurationException e) {
        String message = e.getMessage();
        boolean aboutCredentials = Credentials.secretKeys(metadata)
                .exists(key -> message.contains(key.name())
                        || key.vendorEnvNames().exists(message::contains)
                        || message.contains(key.envName(metadata.id())));
        return aboutCredentials
                ? CliFailure.of(ExitCode.AUTH, "Unauthorized", message + " — " + Credentials.whatToSet(metadata))
                : CliFailure.of(ExitCode.USAGE, "Configuration", message);
    }
}
