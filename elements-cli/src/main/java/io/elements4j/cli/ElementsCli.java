package io.elements4j.cli;

import io.elements4j.domain.error.ElementsException;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.ports.ProviderSelectionException;
import io.vavr.collection.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Runs the {@code elements} command line in this process, against a {@link CliContext}, and returns the exit code. */
public final class ElementsCli {

    private ElementsCli() {
    }

    /** Parses {@code args}, runs the command and reports any failure; never throws, never calls System.exit. */
    public static int execute(CliContext context, String... args) {
        Objects.requireNonNull(context, "context");
        ElementsCommand root = new ElementsCommand(context);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler((failure, arguments) -> usageFailure(root, failure, arguments));
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> executionFailure(root, failure, failed,
                parsed));
        String footer = String.join("%n", commandLine.getCommandSpec().usageMessage().footer());
        commandLine.getCommandSpec().usageMessage().footer(footer + "%n%nExit codes:%n" + ExitCode.table());
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    private static int usageFailure(ElementsCommand root, ParameterException failure, String[] arguments) {
        if (List.of(arguments).contains("--json")) {
            root.requestJson();
        }
        Output output = root.output();
        CommandLine failed = failure.getCommandLine();
        output.note("error: " + failure.getMessage());
        if (!output.json()) {
            UnmatchedArgumentException.printSuggestions(failure, failed.getErr());
        }
        output.note("Run `" + failed.getCommandSpec().qualifiedName() + " --help` for usage.");
        output.document(root.failure(failed.getCommandName(), Json.object()
                .put("type", "Usage").put("exitCode", ExitCode.USAGE.code()).put("message", failure.getMessage())));
        return ExitCode.USAGE.code();
    }

    private static int executionFailure(ElementsCommand root, Exception failure, CommandLine failed,
                                        ParseResult parsed) {
        Output output = root.output();
        output.endProgress();
        String command = failed.getCommandName();
        CliFailure reported = asFailure(failure, command);
        output.note("error: " + reported.getMessage());
        for (RuleViolation violation : reported.violations()) {
            output.note("  " + violation.field() + ": " + violation.message() + " [" + violation.code() + "]");
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
            return CliFailure.of(ExitCode.of(elements.error()), elements.error().getClass().getSimpleName(),
                    command + " failed: " + elements.getMessage());
        }
        String hint = " (rerun with --verbose for the stack trace)";
        return CliFailure.of(ExitCode.UNEXPECTED, "Unexpected", command + " failed unexpectedly: "
                + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + hint);
    }
}
