package io.elements4j.cli;

import io.elements4j.client.FoundProvider;
import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** {@code elements demo}. */
final class DemoCommand extends ChildCommand {

    DemoCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return CommandModel.of(
                "demo",
                this,
                "Create, await, get, list and delete an element on every provider, offline.",
                "Each provider on the class path (or only --provider) in turn, against its own offline"
                        + " sandbox: nothing leaves this machine. Steps a provider does not offer are told as"
                        + " skipped; the exit code is 0 when every other step worked.");
    }

    @Override
    public Integer call() {
        CliContext context = root.context();
        Output output = root.output();
        if (root.baseUrl().isDefined()) {
            throw CliFailure.usage("--base-url does not apply to `elements demo`, which runs on its own offline"
                    + " sandboxes — drop --base-url");
        }
        Seq<FoundProvider> found = context.providers();
        Seq<ElementsProvider> providers = found.flatMap(FoundProvider::provider)
                .filter(p -> root.providerOption().forAll(id -> p.metadata().answersTo(id)))
                .sortBy(p -> p.metadata().id());
        if (providers.isEmpty()) {
            throw root.providerOption().isDefined()
                    ? CliFailure.usage("no provider '" + root.providerOption().get() + "' on the class path; found: "
                            + found.map(FoundProvider::id).mkString(", "))
                    : CliFailure.usage("no provider on the class path: nothing to demonstrate; add an adapter jar");
        }

        output.line("The elements demo: " + providers.size() + " provider" + (providers.size() == 1 ? "" : "s")
                + ", each on its own offline sandbox - nothing leaves this machine.");
        List<DemoStory.Told> told = List.empty();
        for (ElementsProvider provider : providers) {
            told = told.append(new DemoStory(provider, context, output).tell());
        }
        Seq<FoundProvider> broken = root.providerOption().isDefined() ? List.empty() : found.filter(p -> !p.isLoaded());
        broken.forEach(p -> output.line("[FAIL] a provider failed to load: " + p.describe()));

        Seq<DemoStory.Step> failures = told.flatMap(DemoStory.Told::steps).filter(DemoStory.Step::failed);
        int skipped = told.flatMap(DemoStory.Told::steps).count(DemoStory.Step::skipped);
        int failed = failures.size() + broken.size();
        output.line("");
        output.line(
                failed == 0
                        ? "Every supported step worked on " + providers.size() + " provider"
                                + (providers.size() == 1 ? "" : "s")
                                + (skipped == 0
                                        ? "."
                                        : " (" + skipped + " step" + (skipped == 1 ? "" : "s")
                                                + " skipped where a provider does not offer them).")
                        : failed + " step" + (failed == 1 ? "" : "s") + " failed.");
        output.document(root.success(
                        name(),
                        Json.object()
                                .put("providers", told.map(DemoStory.Told::toJson))
                                .put("failedToLoad", broken.map(FoundProvider::describe))
                                .put("failures", failed)
                                .put("skipped", skipped))
                .put("ok", failed == 0));
        if (failed == 0) {
            return ExitCode.OK.code();
        }
        return failures.headOption().map(step -> step.exitCode().code()).getOrElse(ExitCode.UNEXPECTED.code());
    }
}
