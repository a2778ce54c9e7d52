package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * The classifier of a vendor that answers errors as RFC 9457 problems ({@link ProblemDetails}): a problem whose
 * {@code type} the vendor gave a meaning is that error; every other failure is mapped by its HTTP status, as
 * {@link DefaultErrorClassification} does, with the problem's title, detail, type and request id in the message.
 *
 * <pre>{@code
 * ErrorClassifier errors = ProblemJsonErrors.forVendor("Acme Elements")
 *         .type("https://api.acme-elements.example/problems/content-policy", DefaultErrorClassification::policyRejected);
 * }</pre>
 *
 * A type's meaning applies to a 4xx answer only: a 5xx keeps the status's meaning, so a create the vendor may have
 * acted on stays ambiguous whatever its type says. Immutable and thread-safe.
 */
public final class ProblemJsonErrors implements ErrorClassifier {

    /** What a problem type means: one of {@link DefaultErrorClassification}'s errors, such as {@code ::conflict}. */
    @FunctionalInterface
    public interface Meaning {
        /**
         * The error for a failure whose problem has this type.
         *
         * @param defaults the vendor's common mapping, whose methods build each error with a full message
         * @param failure  the failed response
         * @param said     the problem, as what the vendor said
         * @return the error; never null
         */
        ElementsError of(DefaultErrorClassification defaults, HttpFailure failure, VendorError said);
    }

    private final DefaultErrorClassification defaults;
    private final Map<String, Meaning> types;

    private ProblemJsonErrors(DefaultErrorClassification defaults, Map<String, Meaning> types) {
        this.defaults = defaults;
        this.types = types;
    }

    /** The status mapping alone, reading problems for the message; add type meanings with {@link #type}. */
    public static ProblemJsonErrors forVendor(String vendor) {
        return new ProblemJsonErrors(DefaultErrorClassification.forVendor(vendor), LinkedHashMap.empty());
    }

    /** These errors, with a 4xx problem of {@code type} (the URI, exactly as sent) meaning {@code meaning}. */
    public ProblemJsonErrors type(String type, Meaning meaning) {
        return new ProblemJsonErrors(
                defaults, types.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(meaning, "meaning")));
    }

    @Override
    public ElementsError classify(HttpFailure failure, CallKind call) {
        VendorError said = VendorError.guess(failure);
        boolean refused =
                failure.kind() == HttpFailure.Kind.RESPONSE && failure.status() >= 400 && failure.status() < 500;
        return said.code()
                .filter(code -> refused)
                .flatMap(types::get)
                .map(meaning -> Objects.requireNonNull(meaning.of(defaults, failure, said), "a problem type's meaning"))
                .getOrElse(() -> defaults.classify(failure, call, said));
    }
}
