package io.elements4j.client.internal.fake;

/** Stands for a class of the client's implementation. */
public final class Machinery {

    public Machinery() {}

    public static String run() {
        return "ran";
    }
}
