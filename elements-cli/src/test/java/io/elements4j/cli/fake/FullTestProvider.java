package io.elements4j.cli.fake;

import io.elements4j.adapter.kling.KlingOfficialElementsProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/** Every capability, Kling's rules (inline media allowed), tasks that take two polls, Kling's prompt syntax. */
public final class FullTestProvider extends FakeProvider {

    public static final String ID = "test-full";

    @Override
    String id() {
        return ID;
    }

    @Override
    String displayName() {
        return "Test Full";
    }

    @Override
    Set<Capability> capabilities() {
        return HashSet.of(Capability.values()).remove(Capability.GENERATE_VIEWS);
    }

    @Override
    RuleProfile rulesLike() {
        return new KlingOfficialElementsProvider().metadata().ruleProfile();
    }

    @Override
    PromptSyntax promptSyntax() {
        return PromptSyntax.TRIPLE_ANGLE_INDEX;
    }

    @Override
    String vendorEnvName() {
        return "TEST_FULL_TOKEN";
    }

    @Override
    int pollsToFinish() {
        return 2;
    }
}
