/**
 * Prompts that mention elements: templates with {@code {{name}}} placeholders rendered in a provider's syntax
 * ({@code <<<element_1>>>} or {@code @element_1}), and the limits on how many references one generation may
 * combine.
 */
package io.elements4j.domain.prompt;
