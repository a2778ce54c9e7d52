package io.elements4j.adapter.kling.internal;

/** The body of both delete paths: {@code {"element_id": "<id as a string>"}}. */
public record DeleteElementRequest(String element_id) {}
