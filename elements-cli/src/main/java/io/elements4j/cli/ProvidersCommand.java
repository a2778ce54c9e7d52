package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.FoundProvider;
import io.elements4j.client.config.ConfigResolver;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Map;

/** {@code elements providers}. */
final class ProvidersCommand extends ChildCommand {

    private static final int COLUMN_WIDTH = 24;

    private boolean markdown;

    ProvidersCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return CommandModel.of(
                        "providers",
                        this,
                        "List every provider on the class path: what it can do, its rule limits and its credentials.")
                .option(Arg.flag(given -> markdown = given)
                        .names("--markdown")
                        .description("print the table as Markdown, as the README shows it: the facts only,"
                                + " credentials by key name, nothing about this machine's settings"));
    }

    @Override
    public Integer call() {
        CliContext context = root.context();
        Output output = root.output();
        Seq<FoundProvider> found = context.providers();
        Seq<ProviderMetadata> providers =
                Providers.ordered(found.flatMap(FoundProvider::provider).map(ElementsProvider::metadata));
        Seq<FoundProvider> broken = found.filter(p -> !p.isLoaded());
        ConfigResolver config = ConfigResolver.of(Map.of(), context.systemProperties(), context.env());
        Seq<Boolean> sandboxes = providers.map(p -> ProviderFacts.hasSandbox(p, context.classLoader()));

        if (providers.isEmpty()) {
            output.line(
                    "No provider is on the class path. Add the adapter jar of a provider (an io.elements4j:adapter-*"
                            + " artifact).");
        } else if (markdown) {
            output.lines(markdown(providers.zip(sandboxes)));
        } else {
            Table table = new Table(List.of("").appendAll(providers.map(ProviderMetadata::id)), COLUMN_WIDTH);
            Seq<Seq<Seq<String>>> columns = providers.zip(sandboxes).map(p -> ProviderFacts.rows(p._1, config, p._2));
            for (int row = 0; row < columns.head().size(); row++) {
                int r = row;
                table.row(List.of(columns.head().get(r).head())
                        .appendAll(columns.map(c -> c.get(r).get(1))));
            }
            output.lines(table.render());
            output.line("");
            output.line("Credentials and settings (secrets shown as ****; " + commonKeys(providers, config)
                    + " are read too):");
            providers.forEach(p -> config.describe(p)
                    .filter(key -> key.key().secret()
                            || key.isSet()
                            || !key.key().vendorEnvNames().isEmpty())
                    .forEach(key -> output.line("  " + p.id() + "  " + key.describe())));
        }
        broken.forEach(p -> output.line("Failed to load: " + p.describe()));

        output.document(root.success(
                name(),
                Json.object()
                        .put("providers", providers.zip(sandboxes).map(p -> ProviderFacts.json(p._1, config, p._2)))
                        .put(
                                "failed",
                                broken.map(p -> Json.object()
                                        .put("className", p.className())
                                        .put("location", p.location())
                                        .put("failure", p.failure())))));
        return ExitCode.OK.code();
    }

    /** The table as Markdown: a column per provider, a row per fact; a {@code |} in a fact is escaped. */
    static Seq<String> markdown(Seq<Tuple2<ProviderMetadata, Boolean>> providers) {
        Seq<Seq<Seq<String>>> columns = providers.map(p -> ProviderFacts.markdownRows(p._1, p._2));
        Seq<String> lines = List.of(
                "| |" + providers.map(p -> " `" + p._1.id() + "` |").mkString(),
                "|---|" + "---|".repeat(providers.size()));
        return lines.appendAll(List.range(0, columns.head().size())
                .map(row -> "| " + columns.head().get(row).head() + " |"
                        + columns.map(column -> " " + column.get(row).get(1).replace("|", "\\|") + " |")
                                .mkString()));
    }

    /** The keys every provider reads, named once instead of under each: "base-url, ..., and http-client". */
    private static String commonKeys(Seq<ProviderMetadata> providers, ConfigResolver config) {
        Seq<String> common = config.describe(providers.head())
                .map(key -> key.key())
                .filter(key -> !key.secret())
                .map(key -> key.name())
                .filter(name -> providers.forAll(p ->
                        config.describe(p).exists(other -> other.key().name().equals(name))));
        return common.size() < 2 ? common.mkString() : common.init().mkString(", ") + " and " + common.last();
    }
}
