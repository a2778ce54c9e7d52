package io.elements4j.adapter.good;

import io.elements4j.adapter.good.internal.GoodWire;

/** A provider that keeps every rule. */
public final class GoodProvider {

    /** Its one public method shows only JDK types. */
    public String name() {
        return new GoodClient().send(new GoodWire("good"));
    }
}
