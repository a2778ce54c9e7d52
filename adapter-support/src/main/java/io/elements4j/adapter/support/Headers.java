package io.elements4j.adapter.support;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Response headers, looked up without regard to case ({@code Retry-After} = {@code retry-after}). Immutable.
 * {@link #toString()} masks the values of sensitive headers.
 */
public final class Headers {

    private static final Headers NONE = new Headers(TreeMap.empty(String.CASE_INSENSITIVE_ORDER));

    private final TreeMap<String, Seq<String>> values;

    private Headers(TreeMap<String, Seq<String>> values) {
        this.values = values;
    }

    public static Headers none() {
        return NONE;
    }

    /** Copies a header map (Feign's or the JDK's shape); null names and values are dropped. */
    public static Headers of(Map<String, ? extends Collection<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        TreeMap<String, Seq<String>> copy = TreeMap.empty(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, ? extends Collection<String>> entry : headers.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                continue;
            }
            Seq<String> existing = copy.get(entry.getKey()).getOrElse(List.empty());
            copy = copy.put(
                    entry.getKey(),
                    existing.appendAll(List.ofAll(entry.getValue()).filter(Objects::nonNull)));
        }
        return new Headers(copy);
    }

    /** One header: name, then values. */
    public static Headers of(String name, String... values) {
        return of(Map.of(name, java.util.List.of(values)));
    }

    /** The first value of a header. */
    public Option<String> first(String name) {
        return values.get(name).flatMap(Seq::headOption);
    }

    /** Every value of a header, in the order received. */
    public Seq<String> all(String name) {
        return values.get(name).getOrElse(List.empty());
    }

    public Seq<String> names() {
        return values.keySet().toList();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toList()
                .map(e -> e._1 + ": "
                        + e._2.map(v -> Redaction.headerValue(e._1, v)).mkString(", "))
                .mkString("{", "; ", "}");
    }
}
