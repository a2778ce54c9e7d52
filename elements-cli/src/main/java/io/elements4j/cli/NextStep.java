package io.elements4j.cli;

import io.elements4j.cli.CliFailure.Situation;
import io.elements4j.cli.CliFailure.Subject;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.spi.ProviderMetadata;

/**
 * The one next step an error line ends with. It only ever suggests what works for the provider at hand: no
 * {@code elements list} where it cannot list, no {@code elements await} where it cannot look up tasks or where the
 * vendor was this command's own sandbox (gone when the command ends), and every suggested command names the
 * provider, so it can be run as printed.
 */
final class NextStep {

    private NextStep() {}

    static String after(ElementsError error, Situation situation) {
        ProviderMetadata provider = situation.provider();
        String id = provider.id();
        if (error instanceof ElementsError.Unauthorized) {
            return "check the credentials (" + Credentials.whatToSet(provider) + ")";
        }
        if (error instanceof ElementsError.Forbidden) {
            return "the credentials are valid but may not do this; check the account's plan and permissions";
        }
        if (error instanceof ElementsError.InsufficientCredits) {
            return "top up the account's balance or credits, then try again";
        }
        if (error instanceof ElementsError.RateLimited limited) {
            return "try again "
                    + limited.retryAfter()
                            .map(d -> "in " + d.toSeconds() + " s")
                            .getOrElse("later");
        }
        if (error instanceof ElementsError.NotFound) {
            return notFound(situation);
        }
        if (error instanceof ElementsError.Unsupported) {
            return "`elements providers` shows what each provider can do";
        }
        if (error instanceof ElementsError.TaskStateUnknown unknown) {
            return waitEnded(unknown, situation);
        }
        if (error instanceof ElementsError.Timeout) {
            return situation.subject() == Subject.CREATE
                    ? maybeAccepted(error, situation)
                    : "try again, or allow the call longer with --timeout (e.g. --timeout 5m)";
        }
        if (error instanceof ElementsError.CreationUnknown) {
            return maybeAccepted(error, situation);
        }
        if (error instanceof ElementsError.TaskFailed) {
            return "fix the draft or the media and create the element again";
        }
        if (error instanceof ElementsError.PolicyRejected) {
            return "the vendor's content policy refused it; change the media or the text";
        }
        if (error instanceof ElementsError.Conflict) {
            return "it clashes with something that already exists; look it up before trying again";
        }
        if (error instanceof ElementsError.InvalidRequest) {
            return "fix the request and try again";
        }
        if (error instanceof ElementsError.ProviderFailure failure && failure.ambiguous()) {
            return maybeAccepted(error, situation);
        }
        if (error.retryable()) {
            return "try again in a moment";
        }
        return error.requestId().isDefined()
                ? "try again later, or contact the vendor with the request id"
                : "try again later; `elements --verbose` shows each request and answer";
    }

    /** Whether the message is the vendor's own answer rather than the library's or the CLI's words. */
    static boolean vendorSaid(ElementsError error) {
        if (error instanceof ElementsError.Unsupported
                || error instanceof ElementsError.Timeout
                || error instanceof ElementsError.TaskStateUnknown) {
            return false;
        }
        if (error instanceof ElementsError.InvalidRequest invalid
                && !invalid.violations().isEmpty()) {
            return false;
        }
        if (error instanceof ElementsError.ProviderFailure failure && failure.status() == 0) {
            return failure.vendorCode().isDefined();
        }
        return true;
    }

    private static String notFound(Situation situation) {
        ProviderMetadata provider = situation.provider();
        if (situation.oneShotSandbox()) {
            return "this command's offline sandbox started afresh and keeps nothing from earlier commands; serve"
                    + " a lasting one with `elements sandbox " + provider.id() + "` and point elements at it";
        }
        if (situation.subject() == Subject.TASK) {
            return "check the task id (the one `elements create` printed)";
        }
        return provider.supports(Capability.LIST)
                ? "check the id (`elements list --provider " + provider.id() + "` shows the account's elements)"
                : "check the id (the one `elements create` reported)";
    }

    /** A wait ended without a definite answer: resume it, where that can work. */
    private static String waitEnded(ElementsError.TaskStateUnknown unknown, Situation situation) {
        ProviderMetadata provider = situation.provider();
        if (situation.oneShotSandbox()) {
            return "but this command's offline sandbox stops with it, so the task cannot be awaited later; try"
                    + " again with a longer --timeout";
        }
        if (provider.supports(Capability.TASK_QUERY)) {
            return "resume with `elements await " + unknown.taskId() + " --provider " + provider.id()
                    + " --timeout 30m`";
        }
        return provider.supports(Capability.LIST)
                ? "`elements list --provider " + provider.id() + "` shows the element once it is ready"
                : "try again with a longer --timeout";
    }

    private static String maybeAccepted(ElementsError error, Situation situation) {
        ProviderMetadata provider = situation.provider();
        if (situation.oneShotSandbox()) {
            return "this command's offline sandbox stops with it and keeps nothing, so it is safe to create again";
        }
        String prefix =
                error.message().contains("may have been accepted") ? "" : "the request may have been accepted; ";
        if (situation.subject() != Subject.CREATE) {
            return prefix + "try again in a moment";
        }
        if (error instanceof ElementsError.CreationUnknown unknown && provider.supports(Capability.IDEMPOTENT_CREATE)) {
            return prefix + "create again with --idempotency-key "
                    + unknown.idempotencyKey().value() + ", which the vendor makes only once";
        }
        if (provider.supports(Capability.LIST)) {
            return prefix + "check with `elements list --provider " + provider.id() + "` before creating again";
        }
        return prefix + "look in the vendor's own dashboard before creating again";
    }
}
