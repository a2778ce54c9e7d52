package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.client.ProviderSelectionException;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code elements}: the top command. Its options may be given before or after the subcommand. Its model is written in
 * {@link #model()} ({@link CommandModel} says why not in annotations).
 */
final class ElementsCommand implements Callable<Integer> {

    /** The options of this command that take their value as the next argument. */
    static final Set<String> TAKES_A_VALUE = Set.of("--provider", "--base-url", "-D");

    private final CliContext context;
    private Output output;
    private Option<String> sandboxUrl = Option.none();
    private Option<String> providerId = Option.none();
    private CommandSpec spec;
    private String provider;
    private String baseUrl;
    private boolean json;
    private boolean verbose;
    private Map<String, String> definitions = new LinkedHashMap<>();

    /**
     * The subcommand a command line names: its first argument that is neither an option nor an option's value.
     * None when it names no known one ({@code elements}, {@code elements --help}, a misspelt command), which then
     * needs them all, to list them or to suggest the nearest.
     *
     * @param args the command line
     * @return the subcommand, if the command line names one
     */
    static Option<Subcommand> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return Option.none();
            }
            if (arg.startsWith("-")) {
                if (TAKES_A_VALUE.contains(arg)) {
                    i++;
                }
                continue;
            }
            return Subcommand.named(arg);
        }
        return Option.none();
    }

    /**
     * The value of {@code --provider} ({@code --provider ID} or {@code --provider=ID}) on a command line not yet
     * parsed, for the start-up warm-up to prepare that provider.
     *
     * @param args the command line
     * @return the first {@code --provider} given before any {@code --}, if there is one and it is not blank
     */
    static Option<String> providerArgument(String... args) {
        // No lambda: this runs before the warm-up starts (see StartupWarmup.start).
        Option<String> id = optionValue("--provider", args);
        return id.isDefined() && id.get().isEmpty() ? Option.none() : id;
    }

    /**
     * The value of {@code option} on a command line not yet parsed, as {@code option VALUE} or {@code option=VALUE}:
     * the first given before any {@code --}, trimmed.
     *
     * @param option an option of this command that takes a value ({@code --provider}, {@code --base-url})
     * @param args   the command line
     * @return its value, if the command line gives one
     */
    static Option<String> optionValue(String option, String... args) {
        String attached = option + "=";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(option) && i + 1 < args.length) {
                return Option.some(args[i + 1].trim());
            }
            if (arg.startsWith(attached)) {
                return Option.some(arg.substring(attached.length()).trim());
            }
        }
        return Option.none();
    }

    ElementsCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The top command's model, without subcommands. */
    CommandSpec model() {
        spec = CommandModel.of(
                        "elements",
                        this,
                        "Create, find, list and delete Kling elements on any provider on the class path.",
                        "Without credentials for the chosen provider, commands run against its offline sandbox.")
                .version(new Version())
                .footer(
                        "%nCredentials:%n",
                        "  -Delements.<provider>.api-key=KEY (on this command line or in JAVA_TOOL_OPTIONS),",
                        "  ELEMENTS_<PROVIDER>_API_KEY=KEY, or the vendor's own variable. `elements providers`",
                        "  shows every key, the vendor's names for it and where it is read from.")
                .option(Arg.of(String.class, id -> provider = id)
                        .names("--provider")
                        .label("ID")
                        .inherited()
                        .description("the provider to use (default: env ELEMENTS_PROVIDER, -Delements.provider, or"
                                + " the only one on the class path)"))
                .option(
                        Arg.of(String.class, url -> baseUrl = url)
                                .names("--base-url")
                                .label("URL")
                                .inherited()
                                .description(
                                        "talk to this base URL instead of the provider's default (no offline sandbox is started)"))
                .option(Arg.flag(given -> json = given)
                        .names("--json")
                        .inherited()
                        .description("print exactly one JSON document on stdout instead of text"))
                .option(Arg.flag(given -> verbose = given)
                        .names("--verbose")
                        .inherited()
                        .description("log each HTTP request and response (method, URL, status, time; credentials"
                                + " masked), every detail of an error, and the stack trace of an unexpected failure,"
                                + " on stderr"))
                .option(Arg.keyValues(given -> definitions = given)
                        .names("-D")
                        .label("KEY=VALUE")
                        .inherited()
                        .mapFallbackValue("")
                        .description("set a configuration key or system property for this command, e.g."
                                + " -Delements.provider=ID (repeatable)"))
                .spec();
        return spec;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(
                "which command? one of: " + String.join(", ", spec.subcommands().keySet())
                        + " (`elements --help` explains each; `elements demo` shows them all at work)");
    }

    /** The context the command runs in, with the command line's {@code -Dkey=value} over its system properties. */
    CliContext context() {
        return context.withProperties(definitions);
    }

    /** Made on first use, after parsing, so it knows {@code --json} and {@code --verbose}. */
    Output output() {
        if (output == null) {
            Seq<ProviderMetadata> providers =
                    context.providers().flatMap(FoundProvider::provider).map(ElementsProvider::metadata);
            CliContext context = context();
            output = new Output(
                    context.out(),
                    context.err(),
                    json,
                    verbose,
                    Credentials.values(providers, Map.of(), context.systemProperties(), context.env()));
        }
        return output;
    }

    boolean json() {
        return json;
    }

    /** For a command line that failed to parse: honour a {@code --json} it contained anyway. */
    void requestJson() {
        if (output == null) {
            json = true;
        }
    }

    /** {@code --provider} as given, if it was. */
    Option<String> providerOption() {
        return Option.of(provider).map(String::trim).filter(id -> !id.isEmpty());
    }

    Option<String> baseUrl() {
        return Option.of(baseUrl).map(String::trim).filter(url -> !url.isEmpty());
    }

    /**
     * The provider named by {@code --provider}, {@code -Delements.provider} or env, or the only one there is. When
     * none can be chosen, the failure says so in the CLI's terms: {@code --provider} first, since the runnable jar
     * always carries every adapter.
     */
    ElementsProvider chooseProvider() {
        CliContext context = context();
        Option<String> requested =
                providerOption().orElse(() -> ElementsProviders.requestedId(context.systemProperties(), context.env()));
        ElementsProvider chosen;
        try {
            chosen = ElementsProviders.select(requested, context.providers());
        } catch (ProviderSelectionException e) {
            throw selectionFailure(e, requested, context);
        }
        providerId = Option.some(chosen.metadata().id());
        return chosen;
    }

    private CliFailure selectionFailure(ProviderSelectionException e, Option<String> requested, CliContext context) {
        Seq<String> loaded = Providers.orderedIds(
                e.found().filter(FoundProvider::isLoaded).map(FoundProvider::id).distinct());
        String known = loaded.mkString(", ");
        String example = loaded.headOption().getOrElse("<id>");
        switch (e.reason()) {
            case SEVERAL_WITHOUT_CHOICE:
                return CliFailure.of(
                        ExitCode.USAGE,
                        "ProviderSelection",
                        "which provider? " + e.found().size()
                                + " are on the class path (" + known
                                + ") and none was chosen — add --provider <id>, e.g."
                                + " --provider " + example + " (or export ELEMENTS_PROVIDER=<id> for every command)");
            case UNKNOWN_ID:
                return CliFailure.of(
                        ExitCode.USAGE,
                        "ProviderSelection",
                        "no provider '" + requested.getOrElse("")
                                + "' (" + source(context) + ") is on the class path; the known ones are " + known
                                + " — give one of them, e.g. --provider " + example);
            default:
                return CliFailure.of(ExitCode.USAGE, "ProviderSelection", e.getMessage());
        }
    }

    /** Where the requested provider id came from, in the words a user typed it. */
    private String source(CliContext context) {
        if (providerOption().isDefined()) {
            return "given by --provider";
        }
        return context.systemProperties().getProperty(ElementsProviders.PROVIDER_PROPERTY) != null
                ? "given by -D" + ElementsProviders.PROVIDER_PROPERTY
                : "given by " + ElementsProviders.PROVIDER_ENV;
    }

    void sandboxUsed(String url) {
        sandboxUrl = Option.some(url);
    }

    /** The JSON document of a command that worked. */
    Json.Obj success(String command, Object result) {
        return envelope(command, true).put("result", result);
    }

    Json.Obj failure(String command, Json.Obj error) {
        return envelope(command, false).put("error", error);
    }

    private Json.Obj envelope(String command, boolean ok) {
        Json.Obj document = Json.object().put("ok", ok).put("command", command);
        providerId.forEach(id -> document.put("provider", id));
        sandboxUrl.forEach(url -> document.put("sandbox", url));
        return document;
    }
}
