package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsProviders;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A host app that puts only this adapter on its class path gets it without naming it. */
class OnlyAdapterOnTheClassPathTest {

    @Test
    void is_chosen_when_it_is_the_only_adapter_and_nothing_names_one() {
        assertThat(ElementsProviders.select(Option.none(), getClass().getClassLoader()))
                .isInstanceOf(KlingOfficialElementsProvider.class);
    }

    @Test
    void elements_builds_on_it_with_no_provider_property_set() {
        try (VendorSimulator vendor = Sandboxes.start("kling-official");
             Elements elements = Elements.builder().systemProperties(new Properties()).env(Map.of())
                     .config(vendor.configuration().toJavaMap()).build()) {
            assertThat(elements.provider().id()).isEqualTo("kling-official");
        }
    }
}
