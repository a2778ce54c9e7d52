package io.elements4j.domain.element;

/** What an element was built from: reference photos or one short reference video. */
public enum ReferenceKind {
    /** Built from reference photos. */
    IMAGE,
    /** Built from one reference video. */
    VIDEO
}
