package io.elements4j.spring;

import io.elements4j.client.ElementsBuilder;

/**
 * Adjusts the auto-configured {@code Elements} before it is built: declare beans of this type to set a clock, a
 * sleeper, an executor for {@code async()}, or anything else the builder offers. Applied after the properties.
 */
@FunctionalInterface
public interface ElementsBuilderCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, already configured from {@code elements.*}
     */
    void customize(ElementsBuilder builder);
}
