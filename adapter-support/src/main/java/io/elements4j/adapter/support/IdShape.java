package io.elements4j.adapter.support;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Every id of every page passes here, so the shapes ids usually have are checked without a regular expression: a
 * pattern made of literal characters and bracketed classes of ASCII characters ({@code [A-Za-z0-9_-]}), where only the
 * last class may repeat ({@code +}, {@code *}, <code>{m,n}</code>), is checked character by character against a
 * table. Any other pattern is matched by {@link Pattern}. Either way the answer is the pattern's.
 */
public final class IdShape {

    private final String what;
    private final Pattern pattern;
    private final int maxLength;
    private final String looksLike;
    private final Option<Table> table;

    /**
     * A shape from a compiled pattern.
     *
     * @param what      names the id in messages ({@code task id}, {@code request_id})
     * @param pattern   the characters it is made of, matched against the whole id
     * @param maxLength the most characters it may have; at least 1
     * @param looksLike how the vendor's ids look, for the message
     */
    public IdShape(String what, Pattern pattern, int maxLength, String looksLike) {
        this.what = Objects.requireNonNull(what, "what");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.looksLike = Objects.requireNonNull(looksLike, "looksLike");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
        }
        this.maxLength = maxLength;
        this.table = pattern.flags() == 0 ? Table.of(pattern.pattern()) : Option.none();
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

    /** What the id is called in messages ({@code task id}, {@code request_id}). */
    public String what() {
        return what;
    }

    /** The characters the id is made of, matched against the whole id. */
    public Pattern pattern() {
        return pattern;
    }

    /** The most characters the id may have. */
    public int maxLength() {
        return maxLength;
    }

    /** How the vendor's ids look, for messages. */
    public String looksLike() {
        return looksLike;
    }

    /**
     * Whether {@code id} has this shape.
     *
     * @param id the id as read
     * @return true when it is at most {@code maxLength} characters of the pattern
     */
    public boolean fits(String id) {
        if (id == null || id.isEmpty() || id.length() > maxLength) {
            return false;
        }
        return table.isDefined() ? table.get().matches(id) : pattern.matcher(id).matches();
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

    /** Equal when every part is, the pattern by identity ({@link Pattern} has no equality of its own). */
    @Override
    public boolean equals(Object other) {
        return other instanceof IdShape that
                && what.equals(that.what)
                && pattern == that.pattern
                && maxLength == that.maxLength
                && looksLike.equals(that.looksLike);
    }

    @Override
    public int hashCode() {
        return Objects.hash(what, pattern, maxLength, looksLike);
    }

    @Override
    public String toString() {
        return "IdShape[what=" + what + ", pattern=" + pattern + ", maxLength=" + maxLength + ", looksLike=" + looksLike
                + "]";
    }

    /**
     * A pattern of literal characters and ASCII classes in which only the last class repeats, as a table: each
     * position but the last holds the characters allowed there; the last one may repeat between {@code min} and
     * {@code max} times. Matching it is one left-to-right pass with no backtracking, which gives the pattern's answer
     * because nothing after the repeated class could take back a character.
     */
    static final class Table {

        private static final int ASCII = 128;
        private static final int UNBOUNDED = Integer.MAX_VALUE;

        private final boolean[][] fixed;
        private final boolean[] last;
        private final int min;
        private final int max;

        private Table(boolean[][] fixed, boolean[] last, int min, int max) {
            this.fixed = fixed;
            this.last = last;
            this.min = min;
            this.max = max;
        }

        /** The table for {@code regex}, or none when it is not of that form. */
        static Option<Table> of(String regex) {
            List<boolean[]> positions = new ArrayList<>();
            int i = 0;
            while (i < regex.length()) {
                boolean[] allowed;
                char c = regex.charAt(i);
                if (c == '[') {
                    int close = regex.indexOf(']', i + 1);
                    if (close < 0) {
                        return Option.none();
                    }
                    Option<boolean[]> set = charClass(regex.substring(i + 1, close));
                    if (set.isEmpty()) {
                        return Option.none();
                    }
                    allowed = set.get();
                    i = close + 1;
                } else if (isLiteral(c)) {
                    allowed = new boolean[ASCII];
                    allowed[c] = true;
                    i++;
                } else {
                    return Option.none();
                }
                if (i == regex.length()) {
                    positions.add(allowed);
                    return Option.some(fixedThen(positions, allowed, 0, 0));
                }
                char next = regex.charAt(i);
                if (next == '+' || next == '*' || next == '{') {
                    Option<int[]> bounds = quantifier(regex.substring(i));
                    // Only the last position may repeat, and only a class or a literal may be repeated.
                    if (bounds.isEmpty()) {
                        return Option.none();
                    }
                    return Option.some(fixedThen(positions, allowed, bounds.get()[0], bounds.get()[1]));
                }
                positions.add(allowed);
            }
            return Option.none();
        }

        private static Table fixedThen(List<boolean[]> positions, boolean[] last, int min, int max) {
            if (min == 0 && max == 0) {
                // Nothing repeats: every position is fixed, the last one included.
                return new Table(positions.subList(0, positions.size() - 1).toArray(new boolean[0][]), last, 1, 1);
            }
            return new Table(positions.toArray(new boolean[0][]), last, min, max);
        }

        /** {@code +}, {@code *}, <code>{n}</code> or <code>{m,n}</code>, ending the pattern; none otherwise. */
        private static Option<int[]> quantifier(String rest) {
            if (rest.equals("+")) {
                return Option.some(new int[] {1, UNBOUNDED});
            }
            if (rest.equals("*")) {
                return Option.some(new int[] {0, UNBOUNDED});
            }
            if (!rest.startsWith("{") || !rest.endsWith("}")) {
                return Option.none();
            }
            String[] parts = rest.substring(1, rest.length() - 1).split(",", -1);
            if (parts.length > 2 || !digits(parts[0]) || (parts.length == 2 && !digits(parts[1]))) {
                return Option.none();
            }
            int min = Integer.parseInt(parts[0]);
            int max = parts.length == 2 ? Integer.parseInt(parts[1]) : min;
            return min <= max && max > 0 ? Option.some(new int[] {min, max}) : Option.none();
        }

        private static boolean digits(String text) {
            if (text.isEmpty() || text.length() > 6) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        /** The body of {@code [...]}: ranges {@code a-z} and literal characters, {@code -} only first or last. */
        private static Option<boolean[]> charClass(String body) {
            if (body.isEmpty() || body.charAt(0) == '^') {
                return Option.none();
            }
            boolean[] allowed = new boolean[ASCII];
            int i = 0;
            while (i < body.length()) {
                char from = body.charAt(i);
                boolean edge = i == 0 || i == body.length() - 1;
                if (from == '-') {
                    // A dash stands for itself only first or last; elsewhere leave the reading to the pattern.
                    if (!edge) {
                        return Option.none();
                    }
                    allowed['-'] = true;
                    i++;
                    continue;
                }
                if (!isLiteral(from) && from != '.' && from != ':') {
                    return Option.none();
                }
                if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    char to = body.charAt(i + 2);
                    if (!Character.isLetterOrDigit(to) || to >= ASCII || to < from) {
                        return Option.none();
                    }
                    for (char c = from; c <= to; c++) {
                        allowed[c] = true;
                    }
                    i += 3;
                } else {
                    allowed[from] = true;
                    i++;
                }
            }
            return Option.some(allowed);
        }

        /** A character that stands for itself, in a pattern and in a class alike. */
        private static boolean isLiteral(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        }

        boolean matches(String id) {
            int repeated = id.length() - fixed.length;
            if (repeated < min || repeated > max) {
                return false;
            }
            for (int i = 0; i < fixed.length; i++) {
                char c = id.charAt(i);
                if (c >= ASCII || !fixed[i][c]) {
                    return false;
                }
            }
            for (int i = fixed.length; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c >= ASCII || !last[c]) {
                    return false;
                }
            }
            return true;
        }
    }
}
