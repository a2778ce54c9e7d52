package io.elements4j.ports.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.rules.RuleProfile;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ProviderMetadataTest {

    private static final ProviderMetadata FINDING = new ProviderMetadata(
            "finding",
            "Finding Inc.",
            HashSet.of(Capability.CREATE_IMAGE_ELEMENT, Capability.FIND),
            new RuleProfile(
                    "finding",
                    RuleProfile.NameRule.atMost(20),
                    RuleProfile.DescriptionRule.atMost(false, 100),
                    Option.none(),
                    Option.none(),
                    new RuleProfile.VoiceRules(HashSet.empty(), HashSet.empty(), false),
                    new RuleProfile.TagRules(0),
                    Option.none(),
                    false),
            "https://api.finding.example",
            List.of(ConfigKey.secret("api-key", "the key")),
            Option.none());

    @Test
    void has_no_documentation_and_no_costs_until_given_and_keeps_the_rest() {
        ProviderMetadata described = FINDING.withDocumentation("https://docs.finding.example/api")
                .withCost(Capability.FIND, "a request per 100 elements");

        assertThat(FINDING.documentation()).isEmpty();
        assertThat(FINDING.costs()).isEmpty();
        assertThat(described.documentation()).contains("https://docs.finding.example/api");
        assertThat(described.costs().get(Capability.FIND)).contains("a request per 100 elements");
        assertThat(described
                        .withDocumentation("https://docs.finding.example/v2")
                        .costs())
                .isEqualTo(described.costs());
        assertThat(described.id()).isEqualTo(FINDING.id());
        assertThat(described.capabilities()).isEqualTo(FINDING.capabilities());
    }

    @Test
    void refuses_a_cost_for_what_the_provider_cannot_do_and_documentation_that_is_not_a_url() {
        assertThatThrownBy(() -> FINDING.withCost(Capability.LIST, "a request per page"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider finding states a cost for LIST, a capability it does not declare");
        assertThatThrownBy(() -> FINDING.withDocumentation("docs.finding.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the documentation of provider finding is an http(s) URL: docs.finding.example");
    }
}
