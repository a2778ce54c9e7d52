package io.elements4j.cli;

import io.elements4j.ports.Elements;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.control.Option;
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

    private Session(ProviderMetadata provider, Elements elements, Option<OfflineVendor> sandbox, Progress progress) {
        this.provider = provider;
        this.elements = elements;
        this.sandbox = sandbox;
        this.progress = progress;
    }

    static Session open(ElementsCommand root) {
        CliContext context = root.context();
        Output output = root.output();
        ElementsProvider chosen = root.chooseProvider();
        ProviderMetadata metadata = chosen.metadata();
        Properties properties = context.systemProperties();
        Map<String, String> explicit = new LinkedHashMap<>();
        root.baseUrl().forEach(url -> explicit.put(ConfigKey.BASE_URL.propertyName(metadata.id()), url));

        Option<OfflineVendor> sandbox = Option.none();
        if (root.baseUrl().isEmpty() && !Credentials.present(metadata, explicit, properties, context.env())) {
            OfflineVendor started = startSandbox(metadata, context.classLoader());
            sandbox = Option.some(started);
            explicit.putAll(started.configuration().toJavaMap());
            root.sandboxUsed(started.baseUrl());
            output.note("no credentials for " + metadata.id() + " (" + Credentials.whatToSet(metadata)
                    + "): using the offline sandbox at " + started.baseUrl());
        }

        Progress progress = new Progress(output, context.effectiveClock(), context.interactive());
        Elements.Builder builder = Elements.builder()
                .provider(new ObservedProvider(chosen, progress))
                .config(explicit)
                .systemProperties(properties)
                .env(context.env());
        context.clock().forEach(builder::clock);
        context.sleeper().forEach(builder::sleeper);
        try {
            return new Session(metadata, builder.build(), sandbox, progress);
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
        OfflineVendors vendors = OfflineVendors.forProvider(metadata.id(), loader).getOrElseThrow(() ->
                CliFailure.of(ExitCode.AUTH, "Unauthorized", missing + ", and no offline sandbox for it is on the"
                        + " class path; set the credentials, or add io.elements4j:elements-sandbox to run offline"));
        try {
            return vendors.start(metadata.id());
        } catch (RuntimeException | LinkageError e) {
            throw CliFailure.of(ExitCode.UNEXPECTED, "SandboxFailure", missing + ", and its offline sandbox could not"
                    + " start: " + e.getMessage() + " — set the credentials to use the vendor itself");
        }
    }

    /** A missing or malformed credential is an authentication problem; any other bad value is a usage one. */
    private static CliFailure configurationFailure(ProviderMetadata metadata, ProviderConfigurationException e) {
        String message = e.getMessage();
        boolean aboutCredentials = Credentials.secretKeys(metadata).exists(key -> message.contains(key.name())
                || key.vendorEnvNames().exists(message::contains) || message.contains(key.envName(metadata.id())));
        return aboutCredentials
                ? CliFailure.of(ExitCode.AUTH, "Unauthorized", message + " — " + Credentials.whatToSet(metadata))
                : CliFailure.of(ExitCode.USAGE, "Configuration", message);
    }
}
