package io.elements4j.domain.prompt;

import java.util.regex.Pattern;

/** How each syntax writes an element reference, and what its vendors read as one. */
final class ReferenceMarkers {

    // Leftmost and shortest, as a vendor scanning for the closing >>> would read it.
    private static final Pattern TRIPLE_ANGLE = Pattern.compile("<<<.*?>>>", Pattern.DOTALL);

    // Any word character continues the token: vendors may parse @element_10 or @element_1a as one name, and a
    // Python vendor's \w and \d take Unicode letters and digits.
    private static final Pattern AT_ELEMENT = Pattern.compile(
            "@element_\\d\\w*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    // omni prompts also reference the call's images and videos; those are the user's to write.
    private static final Pattern IMAGE_OR_VIDEO =
            Pattern.compile("<<<\\s*(image|video)_\\d+\\s*>>>", Pattern.CASE_INSENSITIVE);

    private ReferenceMarkers() {}

    /** The reference to the element numbered {@code number} (from 1) in the element list. */
    static String marker(PromptSyntax syntax, int number, ElementRef element) {
        return switch (syntax) {
            case TRIPLE_ANGLE_INDEX -> "<<<element_" + number + ">>>";
            case AT_INDEX, AT_CONTENT_ID -> "@element_" + number;
            case TRIPLE_ANGLE_NAME -> "<<<" + element.name() + ">>>";
        };
    }

    /** Every stretch of text the syntax's vendors would take for a reference. */
    static Pattern readAsReference(PromptSyntax syntax) {
        return syntax == PromptSyntax.AT_INDEX || syntax == PromptSyntax.AT_CONTENT_ID ? AT_ELEMENT : TRIPLE_ANGLE;
    }

    /** Whether {@code token} references something other than an element, so user text may hold it. */
    static boolean isNonElementReference(PromptSyntax syntax, String token) {
        return syntax == PromptSyntax.TRIPLE_ANGLE_INDEX
                && IMAGE_OR_VIDEO.matcher(token).matches();
    }
}
