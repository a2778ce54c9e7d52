package io.elements4j.domain.element;

/** Who made an element: the account owner, or the vendor's preset (official) library. */
public enum Origin {
    /** Made by the account from its own photos or video. */
    CUSTOM,
    /** One of the vendor's preset elements. */
    OFFICIAL
}
