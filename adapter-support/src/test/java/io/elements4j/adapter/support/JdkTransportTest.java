package io.elements4j.adapter.support;

/** The transport contract on {@code http-client=jdk}. */
class JdkTransportTest extends TransportContract {

    @Override
    String httpClient() {
        return "jdk";
    }
}
