package io.elements4j.cli.fake;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * A vendor that takes no generation prompts and sets no limits but formats: it has no prompt syntax, no name or
 * description length, no image size, edge or aspect limit. No fake vendor runs for it; it is for what the CLI says.
 */
public final class PromptlessTestProvider extends FakeProvider {

    public static final String ID = "test-promptless";

    @Override
    String id() {
        return ID;
    }

    @Override
    String displayName() {
        return "Test Promptless";
    }

    @Override
    Set<Capability> capabilities() {
        return HashSet.of(Capability.CREATE_IMAGE_ELEMENT);
    }

    @Override
    RuleProfile rulesLike() {
        return new RuleProfile(
                ID,
                new RuleProfile.NameRule(Option.none()),
                new RuleProfile.DescriptionRule(false, Option.none()),
                Option.some(RuleProfile.ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG))),
                Option.none(),
                new RuleProfile.VoiceRules(HashSet.empty(), HashSet.empty(), false),
                new RuleProfile.TagRules(0),
                Option.none(),
                false);
    }

    @Override
    PromptSyntax promptSyntax() {
        throw new UnsupportedOperationException("this vendor takes no prompts");
    }

    @Override
    Option<PromptSyntax> prompts() {
        return Option.none();
    }

    @Override
    String vendorEnvName() {
        return "TEST_PROMPTLESS_TOKEN";
    }

    @Override
    int pollsToFinish() {
        return 1;
    }
}
