package io.elements4j.ports.spi;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a provider is, as plain data: the stable short id users select it by, its capabilities and rules, its
 * default base URL and the configuration keys it reads. Everything outside the provider's own module that shows or
 * decides something about a vendor — the CLI's tables, selection messages, the README's provider table — reads it
 * from here, so a new provider is described by its metadata alone.
 *
 * @param id             stable short id, lower-case letters, digits and '-' ({@code acme})
 * @param displayName    for people
 * @param capabilities   what it can do
 * @param ruleProfile    the limits every draft is checked against before sending
 * @param defaultBaseUrl the vendor's production URL
 * @param configKeys     every key it reads, with env names
 * @param promptSyntax   how prompts on this vendor name elements; none when the vendor takes no generation prompts
 * @param documentation  the vendor's public documentation of the API the provider speaks, an http(s) URL
 * @param costs          what an operation costs on this vendor where it is more than one request, as a phrase for
 *                       people, by the capability it belongs to ({@code FIND} → "no lookup by id: reads the
 *                       listing, a request per 500")
 * @param formerIds      ids the provider was published under before, still accepted wherever its id is (selection,
 *                       {@code elements.<former-id>.<key>} settings, simulators) but deprecated; empty for most
 */
public record ProviderMetadata(
        String id,
        String displayName,
        Set<Capability> capabilities,
        RuleProfile ruleProfile,
        String defaultBaseUrl,
        Seq<ConfigKey> configKeys,
        Option<PromptSyntax> promptSyntax,
        Option<String> documentation,
        Map<Capability, String> costs,
        Seq<String> formerIds) {

    /** Creates the value, checking every component. */
    public ProviderMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(ruleProfile, "ruleProfile");
        Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
        configKeys = List.ofAll(Objects.requireNonNull(configKeys, "configKeys"));
        Objects.requireNonNull(promptSyntax, "promptSyntax");
        Objects.requireNonNull(documentation, "documentation");
        Objects.requireNonNull(costs, "costs");
        formerIds = List.ofAll(Objects.requireNonNull(formerIds, "formerIds"));
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("a provider id is lower-case letters, digits and '-': " + id);
        }
        for (String former : formerIds) {
            if (former == null || !former.matches(ID_PATTERN) || former.equals(id)) {
                throw new IllegalArgumentException("a former id of provider " + id
                        + " is another lower-case id of letters, digits and '-': " + former);
            }
        }
        if (documentation.exists(url -> !url.matches("https?://\\S+"))) {
            throw new IllegalArgumentException(
                    "the documentation of provider " + id + " is an http(s) URL: " + documentation.get());
        }
        Option<Capability> undeclared = costs.keySet().find(capability -> !capabilities.contains(capability));
        if (undeclared.isDefined()) {
            throw new IllegalArgumentException(
                    "provider " + id + " states a cost for " + undeclared.get() + ", a capability it does not declare");
        }
    }

    private static final String ID_PATTERN = "[a-z][a-z0-9-]*";

    /**
     * Metadata with no former id.
     *
     * @param id             stable short id
     * @param displayName    for people
     * @param capabilities   what it can do
     * @param ruleProfile    the limits every draft is checked against before sending
     * @param defaultBaseUrl the vendor's production URL
     * @param configKeys     every key it reads, with env names
     * @param promptSyntax   how prompts on this vendor name elements; none when the vendor takes no generation prompts
     * @param documentation  the vendor's public documentation of the API the provider speaks
     * @param costs          what an operation costs where it is more than one request, by capability
     */
    public ProviderMetadata(
            String id,
            String displayName,
            Set<Capability> capabilities,
            RuleProfile ruleProfile,
            String defaultBaseUrl,
            Seq<ConfigKey> configKeys,
            Option<PromptSyntax> promptSyntax,
            Option<String> documentation,
            Map<Capability, String> costs) {
        this(
                id,
                displayName,
                capabilities,
                ruleProfile,
                defaultBaseUrl,
                configKeys,
                promptSyntax,
                documentation,
                costs,
                List.empty());
    }

    /**
     * Metadata with no documentation link and no cost beyond one request per operation; add them with
     * {@link #withDocumentation} and {@link #withCost}.
     *
     * @param id             stable short id
     * @param displayName    for people
     * @param capabilities   what it can do
     * @param ruleProfile    the limits every draft is checked against before sending
     * @param defaultBaseUrl the vendor's production URL
     * @param configKeys     every key it reads, with env names
     * @param promptSyntax   how prompts on this vendor name elements; none when the vendor takes no generation prompts
     */
    public ProviderMetadata(
            String id,
            String displayName,
            Set<Capability> capabilities,
            RuleProfile ruleProfile,
            String defaultBaseUrl,
            Seq<ConfigKey> configKeys,
            Option<PromptSyntax> promptSyntax) {
        this(
                id,
                displayName,
                capabilities,
                ruleProfile,
                defaultBaseUrl,
                configKeys,
                promptSyntax,
                Option.none(),
                LinkedHashMap.empty());
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
    public ProviderMetadata(
            String id,
            String displayName,
            Set<Capability> capabilities,
            RuleProfile ruleProfile,
            String defaultBaseUrl,
            Seq<ConfigKey> configKeys,
            PromptSyntax promptSyntax) {
        this(
                id,
                displayName,
                capabilities,
                ruleProfile,
                defaultBaseUrl,
                configKeys,
                Option.some(Objects.requireNonNull(promptSyntax, "promptSyntax")));
    }

    /**
     * The same metadata, linking to the vendor's public documentation of the API the provider speaks, which the
     * CLI's provider table and the README show beside the display name.
     *
     * @param url an http(s) URL
     * @return the same metadata with that link
     */
    public ProviderMetadata withDocumentation(String url) {
        return copy(Option.some(Objects.requireNonNull(url, "url")), costs, formerIds);
    }

    /**
     * The same metadata, saying what {@code capability}'s operation costs on this vendor where a user would expect
     * one request and it takes more ({@code FIND}: "no lookup by id: reads the listing, a request per 500").
     *
     * @param capability one of the provider's capabilities
     * @param cost       a short phrase for people
     * @return the same metadata with that cost
     */
    public ProviderMetadata withCost(Capability capability, String cost) {
        return copy(
                documentation,
                costs.put(Objects.requireNonNull(capability, "capability"), Objects.requireNonNull(cost, "cost")),
                formerIds);
    }

    /**
     * The same metadata, still answering to {@code formerId}: an id the provider was published under before it was
     * renamed. Selecting it by that id, and settings under {@code elements.<former-id>.<key>}, keep working (with a
     * deprecation warning in the log) until the former id is removed.
     *
     * @param formerId the id it was known by, lower-case letters, digits and '-'
     * @return the same metadata, answering to that id too
     */
    public ProviderMetadata withFormerId(String formerId) {
        return copy(documentation, costs, formerIds.append(Objects.requireNonNull(formerId, "formerId")));
    }

    /** This metadata with the parts the with-methods change, the rest as it is. */
    private ProviderMetadata copy(Option<String> documentation, Map<Capability, String> costs, Seq<String> formerIds) {
        return new ProviderMetadata(
                id,
                displayName,
                capabilities,
                ruleProfile,
                defaultBaseUrl,
                configKeys,
                promptSyntax,
                documentation,
                costs,
                formerIds);
    }

    /**
     * Whether {@code requested} selects this provider: its id, or one of its {@linkplain #formerIds() former ids}.
     *
     * @param requested an id as a user wrote it
     * @return whether it names this provider
     */
    public boolean answersTo(String requested) {
        return id.equals(requested) || formerIds.contains(requested);
    }

    /**
     * Whether {@code requested} is one of the {@linkplain #formerIds() former ids}, deprecated, rather than the id.
     *
     * @param requested an id as a user wrote it
     * @return true for a former id
     */
    public boolean isFormerId(String requested) {
        return formerIds.contains(requested);
    }

    /**
     * Whether the provider can do what {@code capability} names.
     *
     * @param capability the capability asked about
     * @return whether it is among the provider's capabilities
     */
    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }
}
