package io.elements4j.adapter.bad;

/** Neither the provider nor the client, yet outside internal: a role that belongs there. */
final class BadErrors {

    String classify(int status) {
        return status >= 500 ? "server" : "client";
    }
}
