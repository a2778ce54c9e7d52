package io.elements4j.conformance.reference;

import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;

/** The in-memory reference provider: every capability, Kling's rules, state in an {@link InMemoryVendor}. */
public class ReferenceProvider implements ElementsProvider {

    protected String id() {
        return "reference";
    }

    protected Set<Capability> capabilities() {
        return HashSet.of(Capability.values());
    }

    @Override
    public ProviderMetadata metadata() {
        RuleProfile profile =
                KlingElementRules.profile(id(), HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO), 8, true);
        return new ProviderMetadata(
                id(),
                "In-memory reference (" + id() + ")",
                capabilities(),
                profile,
                "https://reference.invalid",
                List.of(ConfigKey.BASE_URL, ConfigKey.secret("api-key", "the API key")),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        String baseUrl = config.get("base-url")
                .getOrElseThrow(() -> new ProviderConfigurationException(
                        id(), "set elements." + id() + ".base-url to an in-memory vendor"));
        return client(InMemoryVendor.at(baseUrl), config);
    }

    protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
        return new ReferenceClient(vendor, config);
    }
}
