package io.elements4j.adapter.support;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;

/**
 * The metadata of a vendor in front of Kling's element API that creates elements and reports the creation task, and
 * offers nothing else for elements — no lookup, listing or deletion (Evolink, the request queue, WaveSpeed). What it
 * creates follows from its rule profile, so capabilities and rules cannot disagree; its prompts name elements as
 * Kling's do ({@link PromptSyntax#TRIPLE_ANGLE_INDEX}).
 */
public final class CreationOnlyMetadata {

    private CreationOnlyMetadata() {}

    /**
     * The metadata: {@code TASK_QUERY}, and {@code CREATE_IMAGE_ELEMENT}, {@code CREATE_VIDEO_ELEMENT},
     * {@code VOICE_BINDING}, {@code TAGS_ON_CREATE} and {@code CALLBACKS} as far as {@code rules} has image rules,
     * video rules, voice bindings, tags and callback rules.
     *
     * @param id             the provider id
     * @param displayName    for people
     * @param rules          the rule profile, which decides the creation capabilities
     * @param defaultBaseUrl the vendor's production URL
     * @param configKeys     every key the provider reads
     * @param more           capabilities beyond these ({@code TAG_CATALOGUE} for a static tag table)
     * @return the metadata, with no documentation link yet ({@link ProviderMetadata#withDocumentation})
     */
    public static ProviderMetadata of(
            String id,
            String displayName,
            RuleProfile rules,
            String defaultBaseUrl,
            Seq<ConfigKey> configKeys,
            Capability... more) {
        Set<Capability> capabilities = HashSet.of(Capability.TASK_QUERY).addAll(HashSet.of(more));
        capabilities = rules.images().isDefined() ? capabilities.add(Capability.CREATE_IMAGE_ELEMENT) : capabilities;
        capabilities = rules.video().isDefined() ? capabilities.add(Capability.CREATE_VIDEO_ELEMENT) : capabilities;
        capabilities = rules.voice().bindings().isEmpty() ? capabilities : capabilities.add(Capability.VOICE_BINDING);
        capabilities = rules.tags().maxTags() > 0 ? capabilities.add(Capability.TAGS_ON_CREATE) : capabilities;
        capabilities = rules.callbacks().isDefined() ? capabilities.add(Capability.CALLBACKS) : capabilities;
        return new ProviderMetadata(
                id, displayName, capabilities, rules, defaultBaseUrl, configKeys, PromptSyntax.TRIPLE_ANGLE_INDEX);
    }
}
