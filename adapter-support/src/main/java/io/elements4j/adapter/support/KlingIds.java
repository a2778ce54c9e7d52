package io.elements4j.adapter.support;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The shape of Kling's ids, which Kling itself, Evolink and the request queue all hand out: a positive 64-bit whole
 * number, written in decimal without sign or leading zeros ({@code 863121023120580600}). An answer naming an element
 * by anything else ({@code 0}, {@code -9223372036854775809}, a 36-digit number, a word) is not a success to trust: the
 * adapter treats it as an unreadable answer.
 */
public final class KlingIds {

    private static final String MAX = Long.toString(Long.MAX_VALUE);

    private KlingIds() {}

    /**
     * Whether {@code id} has the shape of a Kling id.
     *
     * @param id the text to check
     * @return true for 1 … 9223372036854775807 written plainly
     */
    public static boolean isValid(String id) {
        // Checked by hand: every element of every page passes here, and a pattern's matcher costs more than the rest.
        if (id == null || id.isEmpty() || id.length() > MAX.length() || id.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return id.length() < MAX.length() || id.compareTo(MAX) <= 0;
    }

    /**
     * What is wrong with the first id that is not Kling-shaped, for an "unreadable answer" message.
     *
     * @param what names the ids in the message ({@code element_id})
     * @param ids  the ids an answer gave
     * @return the problem, or none when every id is valid
     */
    public static Option<String> problem(String what, Seq<String> ids) {
        return ids.find(id -> !isValid(id))
                .map(bad -> what + " " + Shown.prefix(bad) + " is not a Kling id (a positive 64-bit whole number)");
    }
}
