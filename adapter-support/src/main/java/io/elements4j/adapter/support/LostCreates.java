package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a client tells its caller about a create whose answer was lost, on a vendor that takes no idempotency key and
 * offers no way to find a task but by its id: the create stays ambiguous (the facade reports it as
 * {@code CreationUnknown}), and its error says why elements4j cannot tell and where a person can look before sending
 * the draft again.
 */
public final class LostCreates {

    private LostCreates() {}

    /**
     * The note for a vendor's lost creates.
     *
     * <pre>{@code
     * submit(...).mapLeft(LostCreates.sayWhereToLook(
     *         "Acme offers no lookup by a key, so elements4j cannot tell whether it was made",
     *         "the job list in the Acme console (https://console.acme.example)"));
     * }</pre>
     *
     * @param cannotTell why elements4j cannot tell whether the vendor made it, as a clause
     * @param where      where a person can look, as a phrase after "check"
     * @return the error as it was, but an ambiguous {@code ProviderFailure} with ". {cannotTell}: check {where}
     *     before sending the draft again" added to its message
     */
    public static UnaryOperator<ElementsError> sayWhereToLook(String cannotTell, String where) {
        String note = ". " + Objects.requireNonNull(cannotTell, "cannotTell") + ": check "
                + Objects.requireNonNull(where, "where") + " before sending the draft again";
        return error -> error instanceof ElementsError.ProviderFailure failure && failure.ambiguous()
                ? failure.withNote(note)
                : error;
    }
}
