package io.elements4j.sandbox;

/** The vendor-neutral operation a request performs, so faults and journal counts work the same on every vendor. */
public enum Operation {
    CREATE,
    TASK,
    FIND,
    LIST,
    PRESETS,
    DELETE,
    TAGS,
    VOICES,
    /** Anything the simulator does not route: answered with the vendor's 404. */
    OTHER
}
