package io.elements4j.adapter.support;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.regex.Pattern;

/**
 * The shape of Kling's ids, which Kling itself, Evolink and the request queue all hand out: a positive 64-bit whole
 * number, written in decimal without sign or leading zeros ({@code 863121023120580600}). An answer naming an element
 * by anything else ({@code 0}, {@code -9223372036854775809}, a 36-digit number, a word) is not a success to trust: the
 * adapter treats it as an unreadable answer.
 */
public final class KlingIds {

    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,18}");

    private KlingIds() {
    }

    /**
     * Whether {@code id} has the shape of a Kling id.
     *
     * @param id the text to check
     * @return true for 1 … 9223372036854775807 written plainly
     */
    public static boolean isValid(String id) {
        if (id == null || id.length() > 19 || !DIGITS.matcher(id).matches()) {
            return false;
        }
        try {
            Long.parseLong(id);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    /**
     * What is wrong with the first id that is not Kling-shaped, for an "unreadable answer" message.
     *
     * @param what names the ids in the message ({@code element_id})
     * @param ids  the ids an answer gave
     * @return the problem, or none when every id is valid
     */
    public static Option<String> problem(String what, Seq<String> ids) {
        return ids.find(id -> !isValid(id)).map(bad -> what + " " + Shown.prefix(bad)
                + " is not a Kling id (a positive 64-bit whole number)");
    }
}
