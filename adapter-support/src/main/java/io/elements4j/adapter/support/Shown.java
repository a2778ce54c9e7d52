package io.elements4j.adapter.support;

/**
 * How a value read from outside is quoted in a message: at most a short prefix, then how long it really was. A
 * vendor's answer or a callback may carry a megabyte where an id belongs; the message (which a receiver may send back
 * in its answer, and a host app logs) stays a line.
 */
public final class Shown {

    /** The most characters of a value a message quotes. */
    public static final int MAX_CHARS = 32;

    private Shown() {}

    /**
     * {@code value} in single quotes, cut to {@value #MAX_CHARS} characters with its length after it when longer:
     * {@code 'task-unified-1757169743-8dxnm…' (1048576 characters)}.
     *
     * @param value the value as read; null is shown as {@code absent}
     * @return the quotation
     */
    public static String prefix(String value) {
        if (value == null) {
            return "absent";
        }
        if (value.length() <= MAX_CHARS) {
            return "'" + value + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return "'" + value.substring(0, end) + "…' (" + value.length() + " characters)";
    }
}
