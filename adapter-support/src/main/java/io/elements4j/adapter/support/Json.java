package io.elements4j.adapter.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Objects;

/**
 * The one Jackson mapper every adapter uses, built once. It reads leniently — unknown fields ignored, a single value
 * accepted where a list is expected, {@code null} accepted for primitives, an empty string for an absent object,
 * unknown enum values read as the {@code @JsonEnumDefaultValue} — and writes exactly what a record holds: absent
 * values are left out, dates are ISO-8601 text, never timestamps.
 *
 * <p>Numbers never pass through {@code double}: decimals are read as {@link java.math.BigDecimal}, so a tree built
 * from a vendor body keeps 64-bit ids exact. Vendors disagree on epoch seconds and milliseconds, so read epoch
 * fields as {@code long} and convert in the adapter's mapper.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();

    private Json() {}

    /**
     * The shared mapper. Thread-safe for reading and writing; never reconfigure it (that would change every
     * adapter) — take {@code mapper().copy()} for a variant.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code json} read as {@code type}, or none when it is not that shape. For reading error envelopes. */
    public static <T> Option<T> parse(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return Option.none();
        }
        return Try.of(() -> MAPPER.readValue(json, type)).toOption().filter(Objects::nonNull);
    }

    /** {@code json} as a tree, or none when it is not JSON. */
    public static Option<JsonNode> tree(String json) {
        if (json == null || json.isBlank()) {
            return Option.none();
        }
        return Try.of(() -> MAPPER.readTree(json)).toOption().filter(node -> node != null && !node.isMissingNode());
    }
}
