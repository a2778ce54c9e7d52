package io.elements4j.cli;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small JSON writer, so {@code --json} needs no JSON library. Values are {@code null}, strings, numbers,
 * booleans, enums (their name), instants and durations (ISO-8601 text, to the millisecond: {@code PT0.732S}; a
 * time a command took is a number of milliseconds instead, {@code "elapsedMillis": 732}), {@link Option} (its value or null),
 * {@link Obj}, maps with string keys, and any {@link Iterable} as an array. Ids are always written as strings.
 */
final class Json {

    private Json() {}

    static Obj object() {
        return new Obj();
    }

    /** An object whose fields keep the order they were put in. */
    static final class Obj {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Obj put(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        /** Puts the value only when it is defined. */
        Obj putIfDefined(String name, Option<?> value) {
            value.forEach(v -> fields.put(name, v));
            return this;
        }

        @Override
        public String toString() {
            return write(this);
        }
    }

    /** The value as indented JSON text, without a trailing newline. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value instanceof Option<?> option) {
            write(option.getOrNull(), out, depth);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof Duration duration) {
            string(duration.truncatedTo(ChronoUnit.MILLIS).toString(), out);
        } else if (value instanceof Instant instant) {
            string(instant.truncatedTo(ChronoUnit.MILLIS).toString(), out);
        } else if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof Character) {
            string(String.valueOf(value), out);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger
                || value instanceof BigDecimal) {
            out.append(value);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            out.append(
                    Double.isFinite(d)
                            ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                            : "null");
        } else if (value instanceof Obj obj) {
            members(obj.fields, out, depth);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
            members(fields, out, depth);
        } else if (value instanceof io.vavr.collection.Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), v));
            members(fields, out, depth);
        } else if (value instanceof Iterable<?> items) {
            array(items, out, depth);
        } else {
            string(value.toString(), out);
        }
    }

    private static void members(Map<String, Object> fields, StringBuilder out, int depth) {
        if (fields.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            indent(out, depth + 1);
            string(field.getKey(), out);
            out.append(": ");
            write(field.getValue(), out, depth + 1);
            out.append(++i < fields.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
    }

    private static void array(Iterable<?> items, StringBuilder out, int depth) {
        if (!items.iterator().hasNext()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            indent(out, depth + 1);
            write(item, out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
