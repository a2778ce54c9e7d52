package io.elements4j.adapter.support;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Headers a transport adds to a request as it sends it, after Feign built the request: the credentials a
 * {@link VendorHttp.Builder} was given ({@code Authorization}, an API-key header) and a {@link RequestSigner}'s
 * headers. Each replaces a header of the same name, in any case, that Feign built.
 *
 * <p>They are not put into Feign's request template, which would parse each value into a header template and expand
 * it again on every call. The values are credentials: {@link #toString()} shows the names only.
 */
final class SentHeaders {

    /** Nothing to add. */
    static final SentHeaders NONE = new SentHeaders(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;

    private SentHeaders(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * These headers with {@code name: value} added, in place of one of the same name (in any case) if there is one.
     */
    SentHeaders with(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, () -> "the value of header " + name);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                String[] replaced = values.clone();
                replaced[i] = value;
                String[] renamed = names.clone();
                renamed[i] = name;
                return new SentHeaders(renamed, replaced);
            }
        }
        String[] more = Arrays.copyOf(names, names.length + 1);
        String[] moreValues = Arrays.copyOf(values, values.length + 1);
        more[names.length] = name;
        moreValues[values.length] = value;
        return new SentHeaders(more, moreValues);
    }

    /** Whether one of these is called {@code name}, in any case: Feign's header of that name is then not sent. */
    boolean has(String name) {
        for (String added : names) {
            if (added.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Each header, in the order it was added. */
    void forEach(BiConsumer<String, String> header) {
        for (int i = 0; i < names.length; i++) {
            header.accept(names[i], values[i]);
        }
    }

    /** The names, each with its value masked. */
    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder("SentHeaders[");
        for (int i = 0; i < names.length; i++) {
            shown.append(i == 0 ? "" : ", ").append(names[i]).append(": ").append(Redaction.MASK);
        }
        return shown.append(']').toString();
    }
}
