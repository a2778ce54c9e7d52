package io.elements4j.adapter.useapi.internal;

import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.DefaultErrorClassification;
import io.elements4j.adapter.support.ErrorClassifier;
import io.elements4j.adapter.support.HttpFailure;
import io.elements4j.adapter.support.VendorError;
import io.elements4j.domain.error.ElementsError;
import java.util.regex.Pattern;

/**
 * useapi.net's errors: {@code {"error": "<message>"}}, with {@code "code": <status>} on 401/402 and the like. The
 * HTTP status says nearly everything, so the common mapping applies, with one addition: a 400/422 whose code or
 * message speaks of moderation is a {@link ElementsError.PolicyRejected}.
 *
 * <p>Decisions where useapi documents nothing:
 * <ul>
 *   <li>A 5xx answer to a create stays an ambiguous {@link ElementsError.ProviderFailure} even when it may be Kling's
 *       content moderation (useapi's own scripts read a 500 that way): the body carries no machine-readable reason,
 *       a synchronous create may have stored elements before failing, and re-sending would duplicate them. The
 *       vendor's message is kept, so a caller can see "moderation" in it and look before re-sending.</li>
 *   <li>A 429 means every configured Kling account is at its job limit; nothing was accepted, so reads and creates
 *       alike are retried with backoff (see {@code UseapiElementsProvider}) and then answered {@code RateLimited}, with
 *       limit {@code PARALLEL_TASKS}: the accounts' job slots are full.</li>
 * </ul>
 */
public final class UseapiErrors implements ErrorClassifier {

    /** The vendor's name, as errors and logs give it. */
    public static final String VENDOR = "useapi.net";
    /** The code of the sandbox's moderation 400; real useapi messages are matched by wording. */
    public static final String MODERATION_CODE = "moderation";

    private static final Pattern MODERATION = Pattern.compile(
            "moderat|content (security|safety|policy)|sensitive content|nsfw|inappropriate", Pattern.CASE_INSENSITIVE);

    private final DefaultErrorClassification defaults = DefaultErrorClassification.forVendor(VENDOR);

    @Override
    public ElementsError classify(HttpFailure failure, CallKind call) {
        VendorError said = VendorError.guess(failure);
        boolean refusedContent = failure.kind() == HttpFailure.Kind.RESPONSE
                && (failure.status() == 400 || failure.status() == 422)
                && speaksOfModeration(said);
        if (refusedContent) {
            return defaults.policyRejected(failure, said);
        }
        ElementsError error = defaults.classify(failure, call, said);
        return error instanceof ElementsError.RateLimited limited && failure.status() == 429
                ? limited.withLimit(ElementsError.RateLimited.Limit.PARALLEL_TASKS)
                : error;
    }

    private static boolean speaksOfModeration(VendorError said) {
        return said.code().contains(MODERATION_CODE)
                || said.message().exists(m -> MODERATION.matcher(m).find());
    }
}
