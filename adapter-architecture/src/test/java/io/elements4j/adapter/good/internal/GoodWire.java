package io.elements4j.adapter.good.internal;

/** A wire record that knows nothing of the client. */
public record GoodWire(String value) {}
