package io.elements4j.cli;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Metadata of a made-up provider, for tests of what the CLI derives from metadata alone. */
final class TestMetadata {

    private TestMetadata() {}

    /** A provider of image elements with one secret key, read also from {@code envName}. */
    static ProviderMetadata of(String id, String displayName, String envName, String baseUrl, Capability... more) {
        RuleProfile rules = new RuleProfile(
                id,
                RuleProfile.NameRule.atMost(20),
                RuleProfile.DescriptionRule.atMost(false, 100),
                Option.none(),
                Option.none(),
                new RuleProfile.VoiceRules(HashSet.empty(), HashSet.empty(), false),
                new RuleProfile.TagRules(0),
                Option.none(),
                false);
        return new ProviderMetadata(
                id,
                displayName,
                HashSet.of(more).add(Capability.CREATE_IMAGE_ELEMENT),
                rules,
                baseUrl,
                List.of(ConfigKey.secret("api-key", "the key", envName)),
                Option.none());
    }
}
