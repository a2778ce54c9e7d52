package io.elements4j.cli;

import io.elements4j.callback.server.CallbackServer;
import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Creates elements with a callback URL and shows their waits end by the vendor's callbacks, received on this machine
 * by the embedded receiver. Offline (no credentials) the sandbox calls back; against a real vendor,
 * {@code --public-url} is the URL the vendor can reach, forwarded to the receiver's port.
 */
/** {@code elements callbacks}. */
final class CallbacksCommand extends ProviderCommand {

    private int port;
    private int count;
    private String publicUrl;

    CallbacksCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return CommandModel.of(
                        "callbacks",
                        this,
                        "Create elements with a callback URL and wait for them through the vendor's callbacks.",
                        "Starts a receiver on this machine (--listen PORT, default any free port) and creates --count"
                                + " elements whose callback URL points at it; each wait ends when its callback"
                                + " arrives, polling only as a safety net. Without credentials the offline sandbox"
                                + " calls back; against a real vendor give --public-url, the https URL the vendor"
                                + " reaches your receiver by.")
                .option(Arg.of(int.class, given -> port = given)
                        .names("--listen")
                        .label("PORT")
                        .description("the receiver's port (default: any free port)"))
                .option(Arg.of(int.class, given -> count = given)
                        .names("--count")
                        .label("N")
                        .defaultValue("3")
                        .description("how many elements to create (default ${DEFAULT-VALUE})"))
                .option(Arg.of(String.class, url -> publicUrl = url)
                        .names("--public-url")
                        .label("URL")
                        .description("the callback URL the vendor calls (default: the receiver's own loopback URL,"
                                + " for the sandbox)"));
    }

    @Override
    void prepare() {
        if (count < 1 || count > 100) {
            throw CliFailure.usage("--count must be between 1 and 100, got " + count);
        }
        if (port < 0 || port > 65_535) {
            throw CliFailure.usage("--listen must be a port between 0 and 65535, got " + port);
        }
    }

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.CALLBACKS);
    }

    @Override
    String action() {
        return "await through callbacks";
    }

    /** This command runs the receiver its callbacks come to. */
    @Override
    boolean receivesCallbacks() {
        return true;
    }

    @Override
    Object run(Session session, Output output) {
        if (publicUrl == null && !session.oneShotSandbox()) {
            throw CliFailure.usage("a real vendor cannot call back this machine's loopback address: give --public-url,"
                    + " the https URL your proxy forwards to the receiver (see --listen)");
        }
        Option<ElementDraft> sample = DemoStory.draft(session.provider().ruleProfile());
        if (sample.isEmpty()) {
            throw CliFailure.usage(session.label() + " takes no draft this command can make up");
        }
        CallbackServer receiver =
                CallbackServer.builder(session.elements()).port(port).start();
        Seq<Either<ElementsError, Awaited<CreationTask>>> results;
        Duration took;
        try (receiver) {
            String url = publicUrl != null ? publicUrl : receiver.url();
            output.line("Receiving callbacks at " + receiver.url()
                    + (publicUrl != null ? " (the vendor calls " + publicUrl + ")" : ""));
            Instant started = Instant.now();
            Seq<CompletableFuture<Either<ElementsError, Awaited<CreationTask>>>> waits = List.range(0, count)
                    .map(i -> session.elements()
                            .async()
                            .createAndAwait(sample.get().toBuilder()
                                    .name("Callback Courier " + (i + 1))
                                    .callbackUrl(url)
                                    .build()));
            results = waits.map(CompletableFuture::join);
            took = Duration.between(started, Instant.now());
        }
        // Counted after close: a callback that ended its wait may be counted by the server's thread only then.
        int byCallback = 0;
        for (int i = 0; i < results.size(); i++) {
            Either<ElementsError, Awaited<CreationTask>> result = results.get(i);
            if (result.isLeft()) {
                output.line("  " + (i + 1) + ". failed: " + result.getLeft().message());
                continue;
            }
            Awaited<CreationTask> done = result.get();
            boolean pushed = done.attempts() == 0;
            byCallback += pushed ? 1 : 0;
            output.line("  " + (i + 1) + ". task " + done.value().id() + " "
                    + Views.lower(done.value().state())
                    + " -> " + done.value().elementIds().map(Object::toString).mkString(", ")
                    + (pushed
                            ? "  (by callback, no poll)"
                            : "  (by the safety-net poll, " + done.attempts() + " polls)"));
        }
        int ok = results.count(Either::isRight);
        output.line(byCallback + " of " + count + " completed by callback; " + receiver.accepted()
                + " callbacks accepted, " + receiver.refused() + " refused; " + Math.max(0, took.toMillis()) + " ms");
        if (ok < count) {
            throw CliFailure.of(
                    action(),
                    CliFailure.Situation.of(session.provider(), subject()),
                    results.find(Either::isLeft).get().getLeft());
        }
        return Json.object()
                .put("created", count)
                .put("completedByCallback", byCallback)
                .put("callbacksAccepted", receiver.accepted())
                .put("callbacksRefused", receiver.refused())
                .put("receiver", receiver.url());
    }
}
