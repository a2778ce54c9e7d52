package io.elements4j.adapter.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads an id that a vendor sends as a JSON number or a string and keeps its exact decimal text. Kling's element
 * ids are 64-bit integers above 2^53, which a {@code double} would round; this reads the token's text and never
 * converts through a floating-point type.
 *
 * <pre>{@code record KlingElement(@JsonDeserialize(using = ExactTextDeserializer.class) String element_id) {}}</pre>
 *
 * <p>For a list of ids use {@code @JsonDeserialize(contentUsing = ExactTextDeserializer.class)}. A whole number
 * written as a decimal ({@code 12.0}, {@code 1.2E3}) reads as its integer digits; a fraction, a boolean, an object
 * or an array is not an id and fails the read.
 */
public final class ExactTextDeserializer extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    public ExactTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
                return p.getText();
            case VALUE_NUMBER_FLOAT:
                BigDecimal decimal = p.getDecimalValue();
                return LenientIds.integralText(decimal)
                        .getOrElseThrow(() -> ctxt.weirdNumberException(
                                decimal, String.class, "an id must be a whole number or a string"));
            default:
                return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }
}
