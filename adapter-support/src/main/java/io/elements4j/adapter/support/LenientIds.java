package io.elements4j.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * Ids read from JSON trees, where a vendor may send a number or a string: the exact decimal text either way. The
 * tree-reading twin of {@link ExactTextDeserializer}, for envelopes read as {@link JsonNode}.
 */
public final class LenientIds {

    private LenientIds() {}

    /**
     * The id's exact text: a string as is, a whole number as its digits; none for a missing node, null, a fraction,
     * a boolean, an object or an array.
     */
    public static Option<String> exactText(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Option.none();
        }
        if (node.isTextual()) {
            return Option.of(node.textValue());
        }
        if (node.isIntegralNumber()) {
            return Option.of(node.bigIntegerValue().toString());
        }
        if (node.isFloatingPointNumber()) {
            // A DoubleNode has already lost digits above 2^53; the shared mapper builds DecimalNodes instead.
            return integralText(node.decimalValue());
        }
        return Option.none();
    }

    /** The digits of a whole number held as a decimal ({@code 1.2E3} → {@code 1200}); none for a fraction. */
    public static Option<String> integralText(BigDecimal value) {
        try {
            return Option.of(value.toBigIntegerExact().toString());
        } catch (ArithmeticException fraction) {
            return Option.none();
        }
    }
}
