package io.elements4j.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.ElementId;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Kling's element ids are 64-bit integers; a double would round those above 2^53, an ElementId never does. */
class ElementIdProperties {

    private static final long TWO_TO_THE_53 = 1L << 53;

    @Property
    void keeps_any_non_negative_long_exactly(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long id) {
        assertThat(ElementId.ofLong(id).asLong()).isEqualTo(id);
        assertThat(ElementId.ofLong(id).isNumeric()).isTrue();

        String text = Long.toString(id);
        ElementId parsed = ElementId.of(text);
        assertThat(parsed.value()).isEqualTo(text);
        assertThat(parsed.asLong()).isEqualTo(id);
        assertThat(parsed).isEqualTo(ElementId.ofLong(id));
    }

    @Property
    void keeps_an_id_above_two_to_the_53_that_a_double_would_round(
            @ForAll @LongRange(min = 0, max = (Long.MAX_VALUE - TWO_TO_THE_53 - 1) / 2) long k) {
        long id = TWO_TO_THE_53 + 1 + 2 * k; // odd, so no double holds it
        // exact decimal value of the double, since casting back to long saturates at Long.MAX_VALUE
        String roundedByDouble = new BigDecimal((double) id).toBigInteger().toString();

        assertThat(roundedByDouble).isNotEqualTo(Long.toString(id));
        assertThat(ElementId.ofLong(id).asLong()).isEqualTo(id);
        assertThat(ElementId.ofLong(id).value()).isEqualTo(Long.toString(id)).isNotEqualTo(roundedByDouble);
        assertThat(ElementId.of(Long.toString(id)).value()).isEqualTo(Long.toString(id));
    }
}
