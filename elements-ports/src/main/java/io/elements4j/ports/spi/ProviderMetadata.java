package io.elements4j.ports.spi;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a provider is, as plain data: the stable short id users select it by, its capabilities and rules, its
 * default base URL and the configuration keys it reads.
 *
 * @param id             stable short id, lower-case letters, digits and '-' ({@code acme})
 * @param displayName    for people
 * @param capabilities   what it can do
 * @param ruleProfile    the limits every draft is checked against before sending
 * @param defaultBaseUrl the vendor's production URL
 * @param configKeys     every key it reads, with env names
 * @param promptSyntax   how prompts on this vendor name elements; none when the vendor takes no generation prompts
 */
public record ProviderMetadata(
        String id,
        String displayName,
        Set<Capability> capabilities,
        RuleProfile ruleProfile,
        String defaultBaseUrl,
        Seq<ConfigKey> configKeys,
        Option<PromptSyntax> promptSyntax) {

    /**
     * Creates the value, checking every component.
     *
     * @param capabilities the capabilities
     * @param configKeys the config keys
     * @param defaultBaseUrl the default base url
     * @param displayName the display name
     * @param id the id
     * @param promptSyntax the prompt syntax, if the vendor takes prompts
     * @param ruleProfile the rule profile
     */
    public ProviderMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(ruleProfile, "ruleProfile");
        Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
        configKeys = List.ofAll(Objects.requireNonNull(configKeys, "configKeys"));
        Objects.requireNonNull(promptSyntax, "promptSyntax");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a provider id is lower-case letters, digits and '-': " + id);
        }
    }

    /**
     * Metadata of a vendor whose generation prompts name elements in {@code promptSyntax}.
     *
     * @param id             stable short id
     * @param displayName    for people
     * @param capabilities   what it can do
     * @param ruleProfile    the limits every draft is checked against before sending
     * @param defaultBaseUrl the vendor's production URL
     * @param configKeys     every key it reads, with env names
     * @param promptSyntax   how prompts on this vendor name elements
     */
    public ProviderMetadata(String id, String displayName, Set<Capability> capabilities, RuleProfile ruleProfile,
                            String defaultBaseUrl, Seq<ConfigKey> configKeys, PromptSyntax promptSyntax) {
        this(id, displayName, capabilities, ruleProfile, defaultBaseUrl, configKeys,
                Option.some(Objects.requireNonNull(promptSyntax, "promptSyntax")));
    }

    /**
     * Whether this provider metadata supports.
     *
     * @param capability the capability
     * @return whether this provider metadata supports
     */
    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }
}
