package io.elements4j.cli.fake;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/** A provider over a {@link FakeVendor}, with the capabilities and rules its subclass gives it. */
abstract class FakeProvider implements ElementsProvider {

    abstract String id();

    abstract String displayName();

    abstract Set<Capability> capabilities();

    /** A vendor profile to copy the rules of, renamed to this provider. */
    abstract RuleProfile rulesLike();

    abstract PromptSyntax promptSyntax();

    /** The prompt syntax, if the fake vendor takes prompts at all. */
    Option<PromptSyntax> prompts() {
        return Option.some(promptSyntax());
    }

    abstract String vendorEnvName();

    abstract int pollsToFinish();

    @Override
    public ProviderMetadata metadata() {
        RuleProfile like = rulesLike();
        RuleProfile rules = new RuleProfile(
                id(),
                like.name(),
                like.description(),
                like.images(),
                like.video(),
                like.voice(),
                like.tags(),
                like.callbacks(),
                like.inlineMedia());
        return new ProviderMetadata(
                id(),
                displayName(),
                capabilities(),
                rules,
                "https://" + id() + ".invalid",
                List.of(ConfigKey.secret("api-key", "the API key", vendorEnvName())),
                prompts());
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        String key = config.secret("api-key")
                .map(s -> s.reveal())
                .getOrElseThrow(() -> new ProviderConfigurationException(id(), "api-key is not set"));
        String baseUrl = config.baseUrl(metadata().defaultBaseUrl());
        FakeVendor vendor =
                FakeVendor.at(baseUrl).getOrElseThrow(() -> new IllegalStateException("nothing listens at " + baseUrl));
        vendor.lastCallTimeout = config.callTimeout();
        return new FakeClient(vendor, key, pollsToFinish());
    }
}
