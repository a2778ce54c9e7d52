package io.elements4j.cli;

import io.elements4j.client.ProviderSelectionException;
import io.elements4j.domain.error.ElementsException;
import io.elements4j.domain.rules.RuleViolation;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Runs the {@code elements} command line in this process, against a {@link CliContext}, and returns the exit code. */
public final class ElementsCli {

    private ElementsCli() {}

    /** Parses {@code args}, runs the command and reports any failure; never throws, never calls System.exit. */
    public static int execute(CliContext context, String... args) {
        Objects.requireNonNull(context, "context");
        ElementsCommand root = new ElementsCommand(context);
        CommandLine commandLine = commandLine(root, args);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        Failures failures = new Failures(root);
        commandLine.setParameterExceptionHandler(failures);
        commandLine.setExecutionExceptionHandler(failures);
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /**
     * The command line for {@code args}, with only the subcommand they name: a command line needs one, and making the
     * models of all fourteen would take several times as long. A command line that names none (help, a typo,
     * nothing) gets them all, and the top command's usage ends with the exit codes.
     */
    static CommandLine commandLine(ElementsCommand root, String... args) {
        CommandLine commandLine = new CommandLine(root.model());
        Option<Subcommand> named = ElementsCommand.named(args);
        // Loops, not lambdas over picocli's types: the start-up archive leaves out lambdas on Java 5 interfaces.
        if (named.isDefined()) {
            add(commandLine, named.get(), root);
        } else {
            for (Subcommand command : Subcommand.values()) {
                add(commandLine, command, root);
            }
            String footer = String.join(
                    "%n", commandLine.getCommandSpec().usageMessage().footer());
            commandLine.getCommandSpec().usageMessage().footer(footer + "%n%nExit codes:%n" + ExitCode.table());
        }
        return commandLine;
    }

    private static void add(CommandLine commandLine, Subcommand command, ElementsCommand root) {
        commandLine.addSubcommand(command.commandName(), new CommandLine(command.model(root)));
    }

    /** Reports a command line that failed to parse, or a command that failed, as the CLI does every failure. */
    private static final class Failures
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

        private final ElementsCommand root;

        Failures(ElementsCommand root) {
            this.root = root;
        }

        @Override
        public int handleParseException(ParameterException failure, String[] arguments) {
            return usageFailure(root, failure, arguments);
        }

        @Override
        public int handleExecutionException(Exception failure, CommandLine failed, ParseResult parsed) {
            return executionFailure(root, failure, failed, parsed);
        }
    }

    private static int usageFailure(ElementsCommand root, ParameterException failure, String[] arguments) {
        if (List.of(arguments).contains("--json")) {
            root.requestJson();
        }
        Output output = root.output();
        CommandLine failed = failure.getCommandLine();
        String line = unknownCommand(failure, failed)
                .getOrElse(() -> failure.getMessage() + " — run `"
                        + failed.getCommandSpec().qualifiedName() + " --help` for usage");
        output.note("error: " + line);
        output.document(root.failure(
                failed.getCommandName(),
                Json.object()
                        .put("type", "Usage")
                        .put("exitCode", ExitCode.USAGE.code())
                        .put("message", line)));
        return ExitCode.USAGE.code();
    }

    /**
     * An unknown command, answered with the nearest real one by edit distance (a swap of two letters counts as one
     * edit, so {@code lsit} is {@code list}); picocli's own guess is poor at this.
     */
    private static Option<String> unknownCommand(ParameterException failure, CommandLine failed) {
        if (!(failure instanceof UnmatchedArgumentException unmatched)
                || failed.getSubcommands().isEmpty()
                || unmatched.getUnmatched().isEmpty()
                || unmatched.getUnmatched().get(0).startsWith("-")) {
            return Option.none();
        }
        String typed = unmatched.getUnmatched().get(0);
        String name = failed.getCommandSpec().qualifiedName();
        Option<String> nearest = List.ofAll(failed.getSubcommands().keySet())
                .map(candidate -> new Tuple2<>(candidate, Suggestions.distance(typed, candidate)))
                .filter(scored -> scored._2 <= Math.max(1, Math.min(2, typed.length() / 3)))
                .minBy(scored -> scored._2)
                .map(scored -> scored._1);
        return Option.some("'" + typed + "' is not an " + name + " command — "
                + nearest.map(command -> "did you mean `" + name + " " + command + "`?")
                        .getOrElse("`" + name + " --help` lists the commands"));
    }

    private static int executionFailure(
            ElementsCommand root, Exception failure, CommandLine failed, ParseResult parsed) {
        Output output = root.output();
        output.endProgress();
        String command = failed.getCommandName();
        CliFailure reported = asFailure(failure, command);
        output.note("error: " + reported.getMessage());
        for (RuleViolation violation : reported.violations()) {
            output.note("  " + violation.field() + ": " + violation.message() + " [" + violation.code() + "]");
        }
        if (output.verbose()) {
            reported.error().forEach(error -> output.note("  details: " + error));
        }
        if (!(failure instanceof CliFailure)) {
            output.stackTrace(failure);
        }
        if (!output.documentWritten()) {
            output.document(root.failure(command, reported.toJson()));
        }
        return reported.exitCode().code();
    }

    private static CliFailure asFailure(Exception failure, String command) {
        if (failure instanceof CliFailure known) {
            return known;
        }
        if (failure instanceof ProviderSelectionException selection) {
            return CliFailure.of(ExitCode.USAGE, "ProviderSelection", selection.getMessage());
        }
        if (failure instanceof ElementsException elements) {
            return CliFailure.of(
                    ExitCode.of(elements.error()),
                    elements.error().getClass().getSimpleName(),
                    command + " failed: " + elements.getMessage());
        }
        String hint = " (rerun with --verbose for the stack trace)";
        return CliFailure.of(
                ExitCode.UNEXPECTED,
                "Unexpected",
                command + " failed unexpectedly: "
                        + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                        + hint);
    }
}
