package io.elements4j.client.internal;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.rules.ReferenceRules;
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.ports.callback.LoopbackUrls;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Set;

/** The check every draft passes before anything is sent: the provider's capabilities, then its rules. */
public final class DraftValidation {

    /** Rules a sandbox's callback URL on this machine is exempt from: they are the real vendor's host rules. */
    private static final Set<String> LOOPBACK_EXEMPT =
            Set.of(RuleCodes.CALLBACK_NOT_HTTPS, RuleCodes.CALLBACK_PRIVATE_HOST);

    private DraftValidation() {}

    /**
     * The draft, or why the provider would refuse it: {@code Unsupported} for a kind of element it cannot create,
     * otherwise {@code InvalidRequest} listing every rule broken.
     *
     * @param metadata                 the provider
     * @param draft                    the element to create
     * @param loopbackCallbacksAllowed whether a callback URL on this machine is exempt from the vendor's host rules
     * @return the draft, or why not
     */
    public static Either<ElementsError, ElementDraft> validate(
            ProviderMetadata metadata, ElementDraft draft, boolean loopbackCallbacksAllowed) {
        Capability kind = switch (draft.references().kind()) {
            case IMAGE -> Capability.CREATE_IMAGE_ELEMENT;
            case VIDEO -> Capability.CREATE_VIDEO_ELEMENT;
        };
        if (!metadata.supports(kind)) {
            return Either.left(Outcomes.unsupported(metadata, kind));
        }
        Validation<Seq<RuleViolation>, ElementDraft> checked =
                ReferenceRules.validate(draft, metadata.ruleProfile(), metadata.capabilities());
        if (checked.isInvalid()
                && loopbackCallbacksAllowed
                && draft.callbackUrl().exists(LoopbackUrls::isLoopback)) {
            Seq<RuleViolation> kept = checked.getError().filter(v -> !LOOPBACK_EXEMPT.contains(v.code()));
            checked = kept.isEmpty() ? Validation.valid(draft) : Validation.invalid(kept);
        }
        return ElementsError.InvalidRequest.unlessValid(checked);
    }
}
