package io.elements4j.domain.prompt;

/** How a vendor's generation prompt names the elements it uses. */
public enum PromptSyntax {
    /** {@code <<<element_1>>>}, numbered by position in the request's {@code element_list} (the element API's native syntax). */
    TRIPLE_ANGLE_INDEX,
    /** {@code @element_1}, with each {@code element_N} field holding the element id. */
    AT_INDEX,
    /** {@code <<<name>>>}, the element's own name (the product guide's syntax). */
    TRIPLE_ANGLE_NAME,
    /**
     * {@code @element_1}, naming an item of the request's {@code contents[]}, {@code {"type": "element",
     * "element_id": "<id>", "id": "element_1"}}: the video models' newer generation requests (their 3.0 and 4.0
     * standard), where a prompt refers to content items by their {@code id}. The items are
     * {@link RenderedPrompt#contents()}.
     */
    AT_CONTENT_ID
}
