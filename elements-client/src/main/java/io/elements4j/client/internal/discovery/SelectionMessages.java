package io.elements4j.client.internal.discovery;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.client.ProviderSelectionException.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The loader's failures, worded like SLF4J's: what is wrong, one {@code Found provider} line per candidate, and
 * exactly what to set or add. {@code ElementsProviders} throws each as a {@code ProviderSelectionException}.
 */
public final class SelectionMessages {

    /**
     * Why no provider could be chosen, and the message that says so.
     *
     * @param reason  the kind of failure
     * @param message what is wrong, every provider found, and what to set or add
     */
    public record Refusal(Reason reason, String message) {}

    private static final String CHOOSE =
            "-D" + ElementsProviders.PROVIDER_PROPERTY + "=<id> or " + ElementsProviders.PROVIDER_ENV + "=<id>";
    /** Names no vendor: the providers are whatever adapters exist, and the README's provider table lists them. */
    private static final String ADD_ADAPTER = "Add the adapter jar of one provider (an io.elements4j:adapter-* "
            + "artifact; the README's provider table lists them) to the runtime class path";

    private SelectionMessages() {}

    public static Refusal noneFound(Seq<FoundProvider> found) {
        return failure(
                Reason.NONE_FOUND,
                found,
                "elements4j found no provider: nothing on the class path registers " + ProviderDiscovery.SERVICES_FILE,
                ADD_ADAPTER);
    }

    public static Refusal noneFoundForId(String requested, Seq<FoundProvider> found) {
        return failure(
                Reason.NONE_FOUND,
                found,
                "elements4j was asked for provider [" + requested + "] (" + requestSources()
                        + ") but found no provider on the class path",
                ADD_ADAPTER + ", the one whose id is [" + requested + "]");
    }

    public static Refusal severalWithoutChoice(Seq<FoundProvider> found) {
        return failure(
                Reason.SEVERAL_WITHOUT_CHOICE,
                found,
                "elements4j found " + found.size() + " providers on the class path and none was chosen",
                "Set " + CHOOSE + " to choose one of: " + ids(found) + " (or keep only one adapter jar)");
    }

    public static Refusal unknownId(String requested, Seq<FoundProvider> found) {
        return failure(
                Reason.UNKNOWN_ID,
                found,
                "elements4j was asked for provider [" + requested + "] (" + requestSources()
                        + ") but no provider on the class path has that id",
                "Set " + CHOOSE + " to one of the known ids: " + ids(found) + ", or add the adapter jar whose id is ["
                        + requested + "]");
    }

    public static Refusal failedWithoutChoice(Seq<FoundProvider> found) {
        String working = ids(found);
        return failure(
                Reason.FAILED_TO_LOAD,
                found,
                "elements4j cannot choose a provider: " + broken(found) + " on the class path failed to load",
                "Fix or remove the jar of the provider that failed"
                        + (working.isEmpty() ? "" : ", or set " + CHOOSE + " to choose one that loaded: " + working));
    }

    public static Refusal failedWithRequest(String requested, Seq<FoundProvider> found) {
        return failure(
                Reason.FAILED_TO_LOAD,
                found,
                "elements4j was asked for provider [" + requested + "] (" + requestSources() + "); it is not among"
                        + " the providers that loaded, and " + broken(found) + " failed to load (it may be ["
                        + requested + "])",
                "Fix or remove the jar of the provider that failed, or set " + CHOOSE + " to one that loaded"
                        + (ids(found).isEmpty() ? "" : ": " + ids(found)));
    }

    public static Refusal duplicateId(String id, Seq<FoundProvider> found) {
        Seq<FoundProvider> claimants = found.filter(p -> p.isLoaded() && p.id().equals(id));
        if (claimants.isEmpty()) {
            claimants = found.filter(
                    p -> p.isLoaded() && p.provider().get().metadata().isFormerId(id));
        }
        return failure(
                Reason.DUPLICATE_ID,
                found,
                "elements4j found " + claimants.size() + " providers declaring the same id [" + id + "]: "
                        + claimants.map(FoundProvider::className).mkString(", "),
                "Keep only one jar providing [" + id + "] on the runtime class path");
    }

    private static Refusal failure(Reason reason, Seq<FoundProvider> found, String what, String whatToDo) {
        Seq<String> candidates = found.isEmpty()
                ? List.of("No provider was found on the class path")
                : found.map(p -> "Found provider " + p.describe());
        String message = List.of(what + ".")
                .appendAll(candidates.map(line -> "  " + line))
                .append(whatToDo + ".")
                .mkString("\n");
        return new Refusal(reason, message);
    }

    private static String ids(Seq<FoundProvider> found) {
        return found.filter(FoundProvider::isLoaded)
                .map(FoundProvider::id)
                .distinct()
                .mkString(", ");
    }

    private static String broken(Seq<FoundProvider> found) {
        int count = found.count(p -> !p.isLoaded());
        return count == 1 ? "1 provider" : count + " providers";
    }

    private static String requestSources() {
        // The id may come from the property, the env, Elements.builder().provider(id) or a CLI option: name them all.
        return "by " + ElementsProviders.PROVIDER_PROPERTY + ", " + ElementsProviders.PROVIDER_ENV
                + " or Elements.builder().provider(id)";
    }
}
