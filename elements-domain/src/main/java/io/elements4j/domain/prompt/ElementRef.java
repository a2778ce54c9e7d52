package io.elements4j.domain.prompt;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import java.util.Objects;

/**
 * What a prompt needs to know about an element it mentions: the id for the element list, the name for
 * {@code <<<name>>>} prompts, and the kind because video elements cannot be combined with a reference video.
 *
 * <p>The name is not checked here: it only matters for {@link PromptSyntax#TRIPLE_ANGLE_NAME}, and rendering reports
 * a name that syntax cannot carry as a violation rather than failing to build the reference.
 */
public record ElementRef(ElementId id, String name, ReferenceKind kind) {

    /**
     * Creates the value, checking every component.
     */
    public ElementRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The element ref of the given parts.
     *
     * @return the element ref of the given parts
     */
    public static ElementRef of(Element element) {
        Objects.requireNonNull(element, "element");
        return new ElementRef(element.id(), element.name(), element.kind());
    }

    /**
     * A reference to an image element by id and name.
     *
     * @return the reference
     */
    public static ElementRef image(String id, String name) {
        return new ElementRef(ElementId.of(id), name, ReferenceKind.IMAGE);
    }

    /**
     * A reference to a video element by id and name.
     *
     * @return the reference
     */
    public static ElementRef video(String id, String name) {
        return new ElementRef(ElementId.of(id), name, ReferenceKind.VIDEO);
    }
}
