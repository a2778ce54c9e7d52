package io.elements4j.adapter.support;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shape of one kind of vendor id, checked before an id read from an answer or a callback is kept: its length
 * first (so a megabyte id costs nothing to refuse), then its characters. A refusal quotes only a prefix of the id
 * ({@link Shown}).
 *
 * <pre>{@code
 * IdShape TASK = IdShape.of("task id", "task-unified-[A-Za-z0-9-]+", 80, "task-unified-…");
 * TASK.problem(task.id()).forEach(problem -> ...);
 * }</pre>
 *
 * @param what      names the id in messages ({@code task id}, {@code request_id})
 * @param pattern   the characters it is made of
 * @param maxLength the most characters it may have
 * @param looksLike how the vendor's ids look, for the message
 */
public record IdShape(String what, Pattern pattern, int maxLength, String looksLike) {

    /** Checks that nothing is null and the length is positive. */
    public IdShape {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(looksLike, "looksLike");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
        }
    }

    /**
     * A shape from a regular expression.
     *
     * @param what      names the id in messages
     * @param regex     the characters it is made of, as a regular expression matched against the whole id
     * @param maxLength the most characters it may have
     * @param looksLike how the vendor's ids look, for the message
     * @return the shape
     */
    public static IdShape of(String what, String regex, int maxLength, String looksLike) {
        return new IdShape(what, Pattern.compile(regex), maxLength, looksLike);
    }

    /**
     * Whether {@code id} has this shape.
     *
     * @param id the id as read
     * @return true when it is at most {@code maxLength} characters of the pattern
     */
    public boolean fits(String id) {
        return id != null
                && !id.isEmpty()
                && id.length() <= maxLength
                && pattern.matcher(id).matches();
    }

    /**
     * What is wrong with {@code id}, for an "unreadable answer" message.
     *
     * @param id the id as read
     * @return the problem, quoting at most a prefix of the id; none when it fits
     */
    public Option<String> problem(String id) {
        if (fits(id)) {
            return Option.none();
        }
        return Option.some(
                what + " " + Shown.prefix(id) + " is not " + looksLike + " (at most " + maxLength + " characters)");
    }
}
