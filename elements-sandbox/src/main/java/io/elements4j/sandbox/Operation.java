package io.elements4j.sandbox;

/** The vendor-neutral operation a request performs, so faults and journal counts work the same on every vendor. */
public enum Operation {
    /** Create an element. */
    CREATE,
    /** Look up a creation task. */
    TASK,
    /** Get one element. */
    FIND,
    /** List the account's elements. */
    LIST,
    /** List the vendor's preset elements. */
    PRESETS,
    /** Delete an element. */
    DELETE,
    /** List the tag catalogue. */
    TAGS,
    /** List the voice catalogue. */
    VOICES,
    /** Anything the simulator does not route: answered with the vendor's 404. */
    OTHER
}
