package io.elements4j.domain.element;

/** Who made an element: the account owner, or the vendor's preset (official) library. */
public enum Origin {
    CUSTOM,
    OFFICIAL
}
