package io.elements4j.cli.fake;

import io.elements4j.adapter.evolink.EvolinkElementsProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/** Like Evolink: create and look up tasks only, URLs only, no tags; useapi's prompt syntax for variety. */
public final class LeanTestProvider extends FakeProvider {

    public static final String ID = "test-lean";

    @Override
    String id() {
        return ID;
    }

    @Override
    String displayName() {
        return "Test Lean";
    }

    @Override
    Set<Capability> capabilities() {
        return HashSet.of(
                Capability.CREATE_IMAGE_ELEMENT,
                Capability.CREATE_VIDEO_ELEMENT,
                Capability.VOICE_BINDING,
                Capability.CALLBACKS,
                Capability.TASK_QUERY);
    }

    @Override
    RuleProfile rulesLike() {
        return new EvolinkElementsProvider().metadata().ruleProfile();
    }

    @Override
    PromptSyntax promptSyntax() {
        return PromptSyntax.AT_INDEX;
    }

    @Override
    String vendorEnvName() {
        return "TEST_LEAN_TOKEN";
    }

    @Override
    int pollsToFinish() {
        return 1;
    }
}
