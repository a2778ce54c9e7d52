package io.elements4j.domain.rules;

/** The field paths violations point at; the draft's record components, with the references spelled out. */
final class Fields {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String FRONTAL = "references.frontal";
    static final String EXTRAS = "references.extras";
    static final String VIDEO = "references.video";
    static final String VOICE = "voice";
    static final String TAGS = "tags";
    static final String CALLBACK_URL = "callbackUrl";
    static final String GENERATE_VIEWS = "generateViews";

    static String extra(int index) {
        return EXTRAS + "[" + index + "]";
    }

    private Fields() {}
}
