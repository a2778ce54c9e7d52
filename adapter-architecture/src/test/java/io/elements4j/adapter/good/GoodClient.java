package io.elements4j.adapter.good;

import io.elements4j.adapter.good.internal.GoodWire;

/** Package-private, and uses the wire record without showing it. */
final class GoodClient {

    String send(GoodWire wire) {
        return wire.value();
    }
}
