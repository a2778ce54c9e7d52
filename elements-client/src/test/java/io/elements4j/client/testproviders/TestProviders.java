package io.elements4j.client.testproviders;

import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;

/** Metadata for the loader's test providers, which are registered only by the scenario directories under loader/. */
public final class TestProviders {

    private TestProviders() {}

    public static ProviderMetadata metadata(String id) {
        return new ProviderMetadata(
                id,
                id + " (test)",
                HashSet.empty(),
                TestProfiles.STRICT,
                "https://" + id + ".invalid",
                List.of(ConfigKey.secret("api-key", "the test API key")),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }
}
