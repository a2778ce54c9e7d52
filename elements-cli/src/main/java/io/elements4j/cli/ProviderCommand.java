package io.elements4j.cli;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * A command that talks to one provider. Everything that can be refused without the vendor is refused first, and
 * nothing is started for it: bad arguments ({@link #prepare()}), an operation the provider does not offer
 * ({@link #requires()}), a request that breaks the provider's rules ({@link #checkLocally}). Then a {@link Session}
 * is opened (with a one-shot sandbox if there are no credentials), the command runs, and its result becomes the
 * JSON document.
 */
abstract class ProviderCommand extends ChildCommand {

    ProviderCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    public final Integer call() {
        prepare();
        ElementsProvider chosen = root.chooseProvider();
        ProviderMetadata provider = chosen.metadata();
        for (Capability needed : requires()) {
            if (!provider.supports(needed)) {
                throw CliFailure.of(
                        action(),
                        CliFailure.Situation.of(provider, subject()),
                        ElementsError.Unsupported.of(Credentials.label(provider), needed));
            }
        }
        checkLocally(provider);
        try (Session session = Session.open(root, chosen, callTimeout(), receivesCallbacks())) {
            Object result = run(session, root.output());
            root.output().document(root.success(name(), result));
            return ExitCode.OK.code();
        }
    }

    /** Checks and reads the arguments; throws {@link CliFailure} for a bad one. */
    void prepare() {}

    /** The capability the command needs, if any: without it, it is refused before anything starts. */
    Option<Capability> requires() {
        return Option.none();
    }

    /** The {@code call-timeout} this command sets for each call, if the user gave one. */
    Option<Duration> callTimeout() {
        return Option.none();
    }

    /**
     * Whether this command receives the vendor's callbacks itself. Most do not: a callback URL given to them points
     * at the user's own receiver, so their waits poll as usual rather than only as a safety net.
     */
    boolean receivesCallbacks() {
        return false;
    }

    /** Refuses, before anything starts, what the provider's rules forbid (a draft, an option). */
    void checkLocally(ProviderMetadata provider) {}

    /** What the command does, for messages: "list elements". */
    String action() {
        return name();
    }

    /** What the command is about, for the next step a failure suggests. */
    CliFailure.Subject subject() {
        return CliFailure.Subject.ELEMENT;
    }

    /** Does the work, writing text through {@code output}; returns the JSON result. */
    abstract Object run(Session session, Output output);

    /** The value, or the provider's error as a failure of {@code action} ("list elements"). */
    <T> T orFail(Either<ElementsError, T> answer, String action, Session session) {
        return answer.getOrElseThrow(error -> CliFailure.of(action, session.situation(subject()), error));
    }
}
