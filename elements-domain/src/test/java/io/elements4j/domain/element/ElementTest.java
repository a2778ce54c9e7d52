package io.elements4j.domain.element;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An element built one named part at a time is the element the full constructor builds. */
class ElementTest {

    @Test
    void the_named_copies_set_one_part_each_and_keep_the_rest() {
        Instant made = Instant.parse("2026-12-01T10:00:00Z");

        Element built = Element.of(ElementId.of("chr_1"), "Maeva", ReferenceKind.IMAGE)
                .withDescription("A woman in red")
                .withTags(List.of(Tag.of(TagKind.CHARACTER)))
                .withMedia(ElementMedia.images("https://cdn.example/front.jpg", List.empty()))
                .withTimes(Option.some(made), Option.none());

        assertThat(built)
                .isEqualTo(new Element(
                        ElementId.of("chr_1"),
                        "Maeva",
                        "A woman in red",
                        ReferenceKind.IMAGE,
                        List.of(Tag.of(TagKind.CHARACTER)),
                        Option.none(),
                        ElementMedia.images("https://cdn.example/front.jpg", List.empty()),
                        Origin.CUSTOM,
                        ElementStatus.ACTIVE,
                        Option.some(made),
                        Option.none()));
    }
}
