package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.FoundProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/** {@code elements sandbox}. */
final class SandboxCommand extends ChildCommand {

    static final String ALL = "all";

    private String which;
    private Duration serveFor;

    SandboxCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return CommandModel.of(
                        "sandbox",
                        this,
                        "Serve offline sandboxes on loopback for manual use, until Ctrl-C.",
                        "Prints how to point elements (or your app) at each. Unlike the sandbox other commands start"
                                + " for themselves, these keep their state across commands until stopped.",
                        "They start side by side, each on a free loopback port.")
                .positional(Arg.of(String.class, given -> which = given)
                        .arity("0..1")
                        .label("PROVIDER|all")
                        .description("which sandbox to serve (default: --provider if given, else all)"))
                .option(Arg.of(Duration.class, given -> serveFor = given)
                        .names("--for")
                        .label("DURATION")
                        .converter(new Arguments.DurationConverter())
                        .description("stop after this long (e.g. 30m) instead of waiting for Ctrl-C"));
    }

    @Override
    public Integer call() throws InterruptedException {
        CliContext context = root.context();
        Output output = root.output();
        if (root.baseUrl().isDefined()) {
            throw CliFailure.usage("--base-url does not apply to `elements sandbox`, which serves its own simulators"
                    + " on loopback — drop --base-url (each sandbox prints the base URL it serves at)");
        }
        Seq<OfflineVendors> factories = List.ofAll(ServiceLoader.load(OfflineVendors.class, context.classLoader()));
        Seq<String> known = factories.flatMap(OfflineVendors::providerIds).distinct();
        Map<String, ProviderMetadata> providers = context.providers()
                .flatMap(FoundProvider::provider)
                .map(ElementsProvider::metadata)
                .toLinkedMap(p -> new Tuple2<>(p.id(), p));
        Seq<String> wanted = wanted(known, providers.values());

        List<OfflineVendor> started = List.empty();
        List<Json.Obj> served = List.empty();
        try {
            // Each simulator takes a second or two to come up; started side by side, they take about as long as one.
            Seq<Option<OfflineVendor>> starting = startAll(wanted, factories, output);
            for (Option<OfflineVendor> vendor : starting) {
                if (vendor.isEmpty()) {
                    continue;
                }
                String id = vendor.get().providerId();
                started = started.append(vendor.get());
                String label = providers.get(id).map(Credentials::label).getOrElse(id);
                served = served.append(describe(vendor.get(), label, output));
            }
            if (started.isEmpty()) {
                throw CliFailure.of(ExitCode.UNEXPECTED, "SandboxFailure", "no sandbox could be started");
            }
            if (started.size() == 1) {
                String id = started.head().providerId();
                // A first command this provider can run and whose answer outlives it.
                String first = providers
                        .get(id)
                        .map(p -> p.supports(Capability.LIST)
                                ? "elements list"
                                : p.supports(Capability.TAG_CATALOGUE) ? "elements tags" : "elements providers")
                        .getOrElse("elements providers");
                output.line("Then, e.g.: export ELEMENTS_PROVIDER=" + id + " && " + first);
            }
            output.line(serveFor == null ? "Serving until Ctrl-C." : "Serving for " + Progress.human(serveFor) + ".");
            output.line("(The credentials above are the sandbox's own test values, not secrets.)");
            output.document(root.success(
                    name(), Json.object().put("sandboxes", served).put("servingFor", Option.of(serveFor))));
            serve(started, context);
        } finally {
            closeAll(started);
        }
        return ExitCode.OK.code();
    }

    private static Seq<Option<OfflineVendor>> startAll(Seq<String> ids, Seq<OfflineVendors> factories, Output output) {
        Seq<CompletableFuture<Either<String, OfflineVendor>>> starting =
                ids.map(id -> CompletableFuture.supplyAsync(() -> start(id, factories), daemons()));
        return starting.map(CompletableFuture::join).zip(ids).map(result -> {
            if (result._1.isLeft()) {
                output.note("the " + result._2 + " sandbox could not start (" + result._1.getLeft() + "); skipped");
            }
            return result._1.toOption();
        });
    }

    private static void closeAll(Seq<OfflineVendor> vendors) {
        vendors.map(vendor -> CompletableFuture.runAsync(vendor::close, daemons()))
                .forEach(CompletableFuture::join);
    }

    /** A thread per task, a daemon, so a simulator slow to stop never holds the process. */
    private static Executor daemons() {
        return task -> {
            Thread thread = new Thread(task, "elements-sandbox-start");
            thread.setDaemon(true);
            thread.start();
        };
    }

    private Seq<String> wanted(Seq<String> known, Seq<ProviderMetadata> providers) {
        String given = Option.of(which).orElse(() -> root.providerOption()).getOrElse(ALL);
        // A renamed provider's former id serves the sandbox of its current id.
        String requested = known.contains(given)
                ? given
                : providers
                        .find(p -> p.isFormerId(given))
                        .map(ProviderMetadata::id)
                        .getOrElse(given);
        if (requested.equalsIgnoreCase(ALL)) {
            if (known.isEmpty()) {
                throw CliFailure.usage("no offline sandbox is on the class path; add io.elements4j:elements-sandbox");
            }
            return Providers.orderedIds(known);
        }
        if (!known.contains(requested)) {
            throw CliFailure.usage("no offline sandbox for '" + given + "'; sandboxes exist for: "
                    + (known.isEmpty() ? "none" : known.mkString(", ")));
        }
        return List.of(requested);
    }

    /** Starts one simulator and waits until it listens (its base URL is known then), or says why it could not. */
    private static Either<String, OfflineVendor> start(String id, Seq<OfflineVendors> factories) {
        OfflineVendors factory =
                factories.find(f -> f.providerIds().contains(id)).get();
        try {
            OfflineVendor vendor = factory.start(id);
            vendor.baseUrl();
            return Either.right(vendor);
        } catch (RuntimeException | LinkageError e) {
            return Either.left(String.valueOf(e.getMessage()));
        }
    }

    private static Json.Obj describe(OfflineVendor vendor, String label, Output output) {
        Map<String, String> configuration = vendor.configuration();
        output.line(label + ": sandbox at " + vendor.baseUrl());
        configuration.forEach((name, value) -> output.line("  export " + envName(name) + "=" + value));
        output.line("  or: "
                + configuration.map(entry -> "-D" + entry._1 + "=" + entry._2).mkString(" "));
        return Json.object()
                .put("provider", vendor.providerId())
                .put("baseUrl", vendor.baseUrl())
                .put("configuration", configuration)
                .put("env", configuration.toLinkedMap(entry -> new Tuple2<>(envName(entry._1), entry._2)));
    }

    /** {@code elements.useapi.api-key} → {@code ELEMENTS_USEAPI_API_KEY}, as the configuration reads env names. */
    static String envName(String propertyName) {
        return propertyName.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    private void serve(Seq<OfflineVendor> vendors, CliContext context) throws InterruptedException {
        if (serveFor != null) {
            context.effectiveSleeper().sleep(serveFor);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            closeAll(vendors);
                            stopped.countDown();
                        },
                        "elements-sandbox-shutdown"));
        stopped.await();
    }
}
