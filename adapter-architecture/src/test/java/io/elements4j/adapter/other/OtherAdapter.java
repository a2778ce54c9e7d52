package io.elements4j.adapter.other;

/** Some other adapter, which the bad one must not know. */
public class OtherAdapter {

    /** Anything. */
    public String name() {
        return "other";
    }
}
