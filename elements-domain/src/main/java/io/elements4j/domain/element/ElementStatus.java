package io.elements4j.domain.element;

/** Whether an element can still be used. Kling keeps deleted elements in listings marked as deleted. */
public enum ElementStatus {
    ACTIVE,
    DELETED
}
