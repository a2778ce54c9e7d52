package io.elements4j.cli;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A command failed in a way the user can act on: an exit code, one line saying what failed and what to do, and for
 * rule violations every violated rule. Thrown by commands, reported once by {@link ElementsCli}.
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final String type;
    private final transient Seq<RuleViolation> violations;
    private final transient Option<ElementsError> error;

    private CliFailure(
            ExitCode exitCode, String type, String line, Seq<RuleViolation> violations, Option<ElementsError> error) {
        super(line, null, false, false);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
        this.type = type;
        this.violations = violations;
        this.error = error;
    }

    /** A failure the CLI itself found: a bad argument, missing credentials, nothing to choose from. */
    static CliFailure of(ExitCode exitCode, String type, String line) {
        return new CliFailure(exitCode, type, line, List.empty(), Option.none());
    }

    static CliFailure usage(String line) {
        return of(ExitCode.USAGE, "Usage", line);
    }

    /** Local rule violations (a draft, a prompt), listed one per line under {@code line}. */
    static CliFailure violations(String line, Seq<RuleViolation> violations) {
        return new CliFailure(ExitCode.RULES, "InvalidRequest", line, List.ofAll(violations), Option.none());
    }

    /** What a provider error was about, so the next step offered fits it. */
    enum Subject {
        /** Creating an element. */
        CREATE,
        /** A creation task: looking it up or waiting for it. */
        TASK,
        /** One element or a listing of them. */
        ELEMENT,
        /** The tag or voice catalogue. */
        CATALOGUE
    }

    /**
     * Where an error happened, as far as the next step depends on it: the provider (what it can do), what the
     * command was about, whether the vendor was this command's own one-shot sandbox, and the task concerned.
     */
    record Situation(ProviderMetadata provider, Subject subject, boolean oneShotSandbox, Option<String> taskId) {
        static Situation of(ProviderMetadata provider, Subject subject) {
            return new Situation(provider, subject, false, Option.none());
        }
    }

    /** An error the provider answered while doing {@code action} ("list elements"). */
    static CliFailure of(String action, ProviderMetadata provider, ElementsError error) {
        return of(action, Situation.of(provider, Subject.ELEMENT), error);
    }

    /**
     * One line: what failed, on which vendor, the vendor's own words (with its code and request id, each once), and
     * one next step that works for this provider.
     */
    static CliFailure of(String action, Situation situation, ElementsError error) {
        ProviderMetadata provider = situation.provider();
        String vendor = Credentials.label(provider);
        Seq<RuleViolation> violations =
                error instanceof ElementsError.InvalidRequest invalid ? invalid.violations() : List.empty();
        String line;
        if (!violations.isEmpty()) {
            line = action + " refused: it breaks " + count(violations.size(), "rule") + " of " + vendor
                    + "; fix every one listed below and try again";
        } else if (error instanceof ElementsError.Unsupported) {
            // The message already names the provider and what it cannot do.
            line = error.message() + " — " + NextStep.after(error, situation);
        } else {
            line = action + " failed on " + vendor + ": " + error.message() + details(error) + " — "
                    + NextStep.after(error, situation);
        }
        return new CliFailure(
                ExitCode.of(error), error.getClass().getSimpleName(), line, violations, Option.some(error));
    }

    ExitCode exitCode() {
        return exitCode;
    }

    String type() {
        return type;
    }

    Seq<RuleViolation> violations() {
        return violations;
    }

    Option<ElementsError> error() {
        return error;
    }

    /** The error as the {@code error} member of a JSON document. */
    Json.Obj toJson() {
        Json.Obj json =
                Json.object().put("type", type).put("exitCode", exitCode.code()).put("message", getMessage());
        error.forEach(e -> json.putIfDefined("vendorMessage", Option.when(NextStep.vendorSaid(e), e::message))
                .put("vendorCode", e.vendorCode())
                .put("requestId", e.requestId())
                .put("retryable", e.retryable()));
        if (!violations.isEmpty()) {
            json.put(
                    "violations",
                    violations.map(v -> Json.object()
                            .put("field", v.field())
                            .put("code", v.code())
                            .put("message", v.message())));
        }
        return json;
    }

    /** The vendor code and request id, each only if the message does not already show it. */
    private static String details(ElementsError error) {
        String message = error.message();
        Seq<String> parts = List.<String>empty()
                .appendAll(error.vendorCode()
                        .filter(code -> !message.contains(code))
                        .map(code -> "vendor code " + code))
                .appendAll(error.requestId().filter(id -> !message.contains(id)).map(id -> "request id " + id));
        return parts.isEmpty() ? "" : " (" + parts.mkString(", ") + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
