package io.elements4j.ports.fake;

/** A port type that knows no adapter. */
public interface CleanPort {

    /** Anything. */
    String name();
}
