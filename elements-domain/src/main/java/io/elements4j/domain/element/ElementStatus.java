package io.elements4j.domain.element;

/** Whether an element can still be used. Some vendors keep deleted elements in listings, marked as deleted. */
public enum ElementStatus {
    /** The element exists and can be used in generations. */
    ACTIVE,
    /** The element was deleted; a vendor may still list it on request. */
    DELETED
}
