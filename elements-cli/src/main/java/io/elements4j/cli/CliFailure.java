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

    private CliFailure(ExitCode exitCode, String type, String line, Seq<RuleViolation> violations,
                       Option<ElementsError> error) {
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

    /** An error the provider answered while doing {@code action} ("list elements"). */
    static CliFailure of(String action, ProviderMetadata provider, ElementsError error) {
        String vendor = Credentials.label(provider);
        Seq<RuleViolation> violations = error instanceof ElementsError.InvalidRequest invalid
                ? invalid.violations() : List.empty();
        String line;
        if (!violations.isEmpty()) {
            line = action + " refused: it breaks " + count(violations.size(), "rule") + " of " + vendor
                    + "; fix every one listed below and try again";
        } else if (error instanceof ElementsError.Unsupported) {
            // The message already names the provider and what it cannot do.
            line = error.message() + hint(error, provider);
        } else {
            line = action + " failed on " + vendor + ": " + error.message() + details(error) + hint(error, provider);
        }
        return new CliFailure(ExitCode.of(error), error.getClass().getSimpleName(), line, violations,
                Option.some(error));
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
        Json.Obj json = Json.object()
                .put("type", type)
                .put("exitCode", exitCode.code())
                .put("message", getMessage());
        error.forEach(e -> json
                .put("vendorMessage", e.message())
                .put("vendorCode", e.vendorCode())
                .put("requestId", e.requestId())
                .put("retryable", e.retryable()));
        if (!violations.isEmpty()) {
            json.put("violations", violations.map(v -> Json.object()
                    .put("field", v.field()).put("code", v.code()).put("message", v.message())));
        }
        return json;
    }

    private static String details(ElementsError error) {
        Seq<String> parts = List.<String>empty()
                .appendAll(error.vendorCode().map(code -> "vendor code " + code))
                .appendAll(error.requestId().map(id -> "request id " + id));
        return parts.isEmpty() ? "" : " (" + parts.mkString(", ") + ")";
    }

    private static String hint(ElementsError error, ProviderMetadata provider) {
        String hint;
        if (error instanceof ElementsError.Unauthorized) {
            hint = "check the credentials (" + Credentials.whatToSet(provider) + ")";
        } else if (error instanceof ElementsError.Forbidden) {
            hint = "the credentials are valid but may not do this; check the account's plan and permissions";
        } else if (error instanceof ElementsError.InsufficientCredits) {
            hint = "top up the account's balance or credits, then try again";
        } else if (error instanceof ElementsError.RateLimited limited) {
            hint = "try again " + limited.retryAfter().map(d -> "in " + d.toSeconds() + " s").getOrElse("later");
        } else if (error instanceof ElementsError.NotFound) {
            hint = "check the id (`elements list` shows the account's elements)";
        } else if (error instanceof ElementsError.Unsupported) {
            hint = "`elements providers` shows what each provider can do";
        } else if (error instanceof ElementsError.TaskStateUnknown unknown) {
            hint = "the task may still finish; wait again with `elements await " + unknown.taskId() + "`";
        } else if (error instanceof ElementsError.CreationUnknown unknown) {
            hint = "do not create it again before looking (the draft's idempotency key is " + unknown.idempotencyKey() + ")";
        } else if (error instanceof ElementsError.Timeout) {
            hint = "the task may still finish; wait again with `elements await <task-id> --timeout 30m`";
        } else if (error instanceof ElementsError.TaskFailed) {
            hint = "fix the draft or the media and create the element again";
        } else if (error instanceof ElementsError.PolicyRejected) {
            hint = "the vendor's content policy refused it; change the media or the text";
        } else if (error instanceof ElementsError.Conflict) {
            hint = "it clashes with something that already exists; look it up before trying again";
        } else if (error instanceof ElementsError.InvalidRequest) {
            hint = "fix the request and try again";
        } else if (error instanceof ElementsError.ProviderFailure failure && failure.ambiguous()) {
            hint = "the request may have been accepted; check with `elements list` before creating again";
        } else {
            hint = error.retryable() ? "try again in a moment" : "try again later, or contact the vendor with the request id";
        }
        return " — " + hint;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
