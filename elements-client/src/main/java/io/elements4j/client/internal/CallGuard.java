package io.elements4j.client.internal;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.observe.OperationScope;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Deadline;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The guards around every call the facade makes to the vendor's client: the provider must have the capability
 * (otherwise {@code Unsupported}, and nothing is called), the call runs under its own {@code call-timeout} and is
 * named for listeners and metrics, and a provider that throws or answers null breaks the contract — the caller
 * still gets a value, never the exception.
 */
final class CallGuard {

    private final ProviderMetadata metadata;
    private final Duration callTimeout;
    private final Clock clock;

    CallGuard(ProviderMetadata metadata, Duration callTimeout, Clock clock) {
        this.metadata = metadata;
        this.callTimeout = callTimeout;
        this.clock = clock;
    }

    /** Calls only when the provider has the capability; the operation takes the capability's name. */
    <T> Either<ElementsError, T> ifCapable(Capability capability, Supplier<Either<ElementsError, T>> call) {
        return metadata.supports(capability)
                ? call(operation(capability), false, call)
                : Either.left(Outcomes.unsupported(metadata, capability));
    }

    /**
     * Runs one operation under the call-timeout. A mutating call that broke may have taken effect all the same, so
     * its failure is ambiguous; any other is definite.
     */
    <T> Either<ElementsError, T> call(String operation, boolean mutating, Supplier<Either<ElementsError, T>> call) {
        try {
            return Objects.requireNonNull(
                    OperationScope.within(
                            operation, () -> Deadline.after(callTimeout, clock).within(call)),
                    "the provider answered null");
        } catch (RuntimeException e) {
            String message = "provider " + metadata.id() + " failed unexpectedly ("
                    + e.getClass().getSimpleName() + "): " + e.getMessage();
            return Either.left(
                    mutating
                            ? ElementsError.ProviderFailure.ambiguous(message, 0, Option.none(), Option.none())
                            : ElementsError.ProviderFailure.definite(message, 0, Option.none(), Option.none()));
        }
    }

    /** The operation's name in listener events and metrics. */
    private static String operation(Capability capability) {
        return switch (capability) {
            case TASK_QUERY -> "task";
            case TAG_CATALOGUE -> "tags";
            case VOICE_CATALOGUE -> "voices";
            default -> capability.name().toLowerCase(Locale.ROOT);
        };
    }
}
