package io.elements4j.cli;

import io.elements4j.domain.error.ElementsError;
import io.vavr.collection.List;

/** The documented exit codes of {@code elements}; the help footer and the README list exactly these. */
public enum ExitCode {
    OK(0, "success"),
    UNEXPECTED(1, "unexpected failure (rerun with --verbose for the stack trace)"),
    USAGE(2, "usage: bad command, option or value, or no provider could be chosen"),
    RULES(3, "the request breaks rules (each is listed) or the vendor refused it"),
    UNSUPPORTED(4, "the provider does not offer this operation"),
    AUTH(5, "credentials missing or rejected, or not permitted"),
    NOT_FOUND(6, "the element or task does not exist"),
    VENDOR(7, "the vendor or the network failed"),
    TIMEOUT(8, "a wait timed out, or the creation task failed or was cancelled"),
    LIMITED(9, "rate limited, or the account has no credits left");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The exit code for an error a provider answered. */
    public static ExitCode of(ElementsError error) {
        if (error instanceof ElementsError.InvalidRequest
                || error instanceof ElementsError.PolicyRejected
                || error instanceof ElementsError.Conflict) {
            return RULES;
        }
        if (error instanceof ElementsError.Unsupported) {
            return UNSUPPORTED;
        }
        if (error instanceof ElementsError.Unauthorized || error instanceof ElementsError.Forbidden) {
            return AUTH;
        }
        if (error instanceof ElementsError.NotFound) {
            return NOT_FOUND;
        }
        if (error instanceof ElementsError.Timeout
                || error instanceof ElementsError.TaskFailed
                || error instanceof ElementsError.TaskStateUnknown) {
            return TIMEOUT;
        }
        if (error instanceof ElementsError.RateLimited || error instanceof ElementsError.InsufficientCredits) {
            return LIMITED;
        }
        return VENDOR;
    }

    /** {@code "  0  success"} lines, for the help footer. */
    static String table() {
        return List.of(values())
                .map(e -> String.format("  %d  %s", e.code, e.meaning))
                .mkString("%n");
    }
}
