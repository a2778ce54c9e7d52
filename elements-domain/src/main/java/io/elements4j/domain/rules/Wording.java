package io.elements4j.domain.rules;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/** How numbers, formats and user-supplied text appear in violation messages. */
final class Wording {

    private static final long MB = 1024L * 1024L;
    private static final int SHOWN_TEXT_LIMIT = 80;

    /** Seconds, exactly, without trailing zeros: {@code 2.9}, {@code 8}, {@code 0.000000001}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds())
                .add(BigDecimal.valueOf(duration.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A byte count, with its size in MB when that is a whole number (limits are: "200 MB"). */
    static String bytes(long count) {
        String exact = count + " bytes";
        return count > 0 && count % MB == 0 ? exact + " (" + count / MB + " MB)" : exact;
    }

    /** A ratio to three decimals, enough to tell 0.39 from 0.4. */
    static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value)
                .setScale(3, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** "1920x1080 px", with "?" for a side that is not known. */
    static String dimensions(MediaFacts facts) {
        return facts.width().map(String::valueOf).getOrElse("?") + "x"
                + facts.height().map(String::valueOf).getOrElse("?") + " px";
    }

    static String format(MediaFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** A vendor's accepted formats in a stable order: "jpeg or png". */
    static String formats(Set<MediaFormat> formats) {
        return alternatives(formats.toList().sorted().map(Wording::format));
    }

    static String alternatives(List<String> words) {
        if (words.isEmpty()) {
            return "none";
        }
        return words.size() == 1 ? words.head() : words.init().mkString(", ") + " or " + words.last();
    }

    /**
     * User-supplied text (a URL) made safe to echo: no query or fragment (they often carry tokens), no control
     * characters (log injection), at most {@value #SHOWN_TEXT_LIMIT} code points, and never the payload of a
     * {@code data:} URI or a long run of text that is no URL at all (pasted Base64): media bytes stay out of messages.
     */
    static String shown(String text) {
        if (text.regionMatches(true, 0, "data:", 0, 5)) {
            return "(a data: URI of " + text.length() + " characters)";
        }
        if (text.length() > SHOWN_TEXT_LIMIT && !text.contains("://")) {
            return "(" + text.length() + " characters of text)";
        }
        int cut = firstOf(text, '?', '#');
        String kept = cut < 0 ? text : text.substring(0, cut);
        StringBuilder out = new StringBuilder();
        boolean shortened = cut >= 0;
        int codePoints = 0;
        for (int i = 0; i < kept.length(); codePoints++) {
            if (codePoints == SHOWN_TEXT_LIMIT) {
                shortened = true;
                break;
            }
            int cp = kept.codePointAt(i);
            i += Character.charCount(cp);
            boolean unsafe = Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE;
            out.appendCodePoint(unsafe ? '?' : cp);
        }
        return "\"" + out + (shortened ? "…" : "") + "\"";
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private Wording() {}
}
