package io.elements4j.cli;

import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Either;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that talks to one provider: arguments are checked first ({@link #prepare()}, nothing is started for a
 * bad one), then a {@link Session} is opened, the command runs, and its result becomes the JSON document.
 */
abstract class ProviderCommand implements Callable<Integer> {

    @ParentCommand
    ElementsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        prepare();
        try (Session session = Session.open(root)) {
            Object result = run(session, root.output());
            root.output().document(root.success(spec.name(), result));
            return ExitCode.OK.code();
        }
    }

    /** Checks and reads the arguments; throws {@link CliFailure} for a bad one. */
    void prepare() {
    }

    /** Does the work, writing text through {@code output}; returns the JSON result. */
    abstract Object run(Session session, Output output);

    /** The value, or the provider's error as a failure of {@code action} ("list elements"). */
    static <T> T orFail(Either<ElementsError, T> answer, String action, Session session) {
        return answer.getOrElseThrow(error -> CliFailure.of(action, session.provider(), error));
    }
}
