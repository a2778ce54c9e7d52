package io.elements4j.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.ElementId;
import org.junit.jupiter.api.Test;

class ElementIdTest {

    @Test
    void keeps_a_kling_id_above_two_to_the_53_exactly() {
        long id = 863121023120580607L;
        assertThat(ElementId.ofLong(id).value()).isEqualTo("863121023120580607");
        assertThat(ElementId.ofLong(id).asLong()).isEqualTo(id);
    }
}
