package io.elements4j.adapter.good;

import io.elements4j.adapter.good.internal.GoodWire;
import io.elements4j.ports.api.VendorClient;

/** The client: package-private, beside the provider, and uses the wire record without showing it. */
final class GoodClient implements VendorClient {

    String send(GoodWire wire) {
        return wire.value();
    }
}
