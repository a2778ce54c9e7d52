package io.elements4j.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.FoundProvider;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class ProviderChoiceTest {

    private static FoundProvider found(String id) {
        return new FoundProvider(
                id, "com.example." + id, "/jars/" + id + ".jar", Option.none(), Option.some("not loaded in this test"));
    }

    @Test
    void takes_the_only_provider_on_the_class_path_that_a_simulator_exists_for() {
        assertThat(ElementsSandboxExtension.providerId("", null, List.of(found("useapi"), found("homemade"))))
                .isEqualTo("useapi");
    }

    @Test
    void the_annotation_wins_over_the_system_property_which_wins_over_the_class_path() {
        assertThat(ElementsSandboxExtension.providerId("evolink", "fal-queue", List.of(found("useapi"))))
                .isEqualTo("evolink");
        assertThat(ElementsSandboxExtension.providerId("", "fal-queue", List.of(found("useapi"))))
                .isEqualTo("fal-queue");
    }

    @Test
    void several_providers_are_refused_with_one_line_per_candidate_and_what_to_set() {
        assertThatThrownBy(
                        () -> ElementsSandboxExtension.providerId("", " ", List.of(found("useapi"), found("evolink"))))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("found 2 providers")
                .hasMessageContaining("Found provider [useapi] at /jars/useapi.jar")
                .hasMessageContaining("Found provider [evolink] at /jars/evolink.jar")
                .hasMessageContaining("@ElementsSandbox(provider = \"<id>\")");
    }

    @Test
    void no_provider_is_refused_saying_which_simulators_exist() {
        assertThatThrownBy(() -> ElementsSandboxExtension.providerId("", null, List.empty()))
                .hasMessageContaining("found no provider")
                .hasMessageContaining("kling-official, useapi, evolink, gmi-cloud");
    }
}
