package io.elements4j.spring;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.client.ProviderSelectionException;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Spring Boot's start-up report for an {@code Elements} bean that cannot be built: no provider or several, a
 * credential missing, a property refused. The description says what is wrong; the action names the Spring
 * property in both forms ({@code elements.config.<key>} and {@code elements.<provider>.<key>}) and the environment
 * variables the adapter reads, as the adapter declares them. Neither ever holds a configured value.
 */
final class ElementsFailureAnalyzer implements FailureAnalyzer {

    private static final String SANDBOX_HINT = " In tests, annotate the test class with @ElementsSandbox to run"
            + " against the offline simulator of the adapter on the class path instead.";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ElementsPropertyException refused) {
                return new FailureAnalysis(refused.getMessage(), refused.action(), refused);
            }
            if (cause instanceof ProviderConfigurationException config) {
                return new FailureAnalysis(
                        "The " + config.providerId() + " provider cannot be built: "
                                + withoutPrefix(config.getMessage(), config.providerId()),
                        config.key()
                                        .map(key -> setKey(config.providerId(), key))
                                        .getOrElse("Correct the setting the description names.")
                                + SANDBOX_HINT,
                        config);
            }
            if (cause instanceof ProviderSelectionException selection) {
                return new FailureAnalysis(
                        "No elements4j provider could be chosen: " + selection.getMessage(),
                        choose(selection),
                        selection);
            }
        }
        return null;
    }

    /** Every way to set a key, Spring's first. */
    static String setKey(String providerId, ConfigKey key) {
        List<String> env = List.ofAll(key.vendorEnvNames()).append(key.envName(providerId));
        return "Set elements.config." + key.name() + " (or elements." + providerId + "." + key.name()
                + ") in application.properties or application.yml, or the environment variable "
                + env.mkString(" or ") + ", which the adapter reads itself.";
    }

    private static String choose(ProviderSelectionException selection) {
        List<String> ids = List.ofAll(selection.found()).map(FoundProvider::id).distinct();
        String set = "Set " + ElementsProviders.PROVIDER_PROPERTY + " (or the environment variable "
                + ElementsProviders.PROVIDER_ENV + ")";
        return switch (selection.reason()) {
            case NONE_FOUND -> "Add one adapter (an io.elements4j:adapter-* artifact) to the runtime dependencies.";
            case SEVERAL_WITHOUT_CHOICE, UNKNOWN_ID -> set + " to one of: " + ids.mkString(", ") + ".";
            case FAILED_TO_LOAD, DUPLICATE_ID ->
                "Remove or fix the adapter the description names, or " + set + " to another of: " + ids.mkString(", ")
                        + ".";
        };
    }

    private static String withoutPrefix(String message, String providerId) {
        return Option.of(message)
                .filter(m -> m.startsWith(providerId + ": "))
                .map(m -> m.substring(providerId.length() + 2))
                .getOrElse(message);
    }
}
