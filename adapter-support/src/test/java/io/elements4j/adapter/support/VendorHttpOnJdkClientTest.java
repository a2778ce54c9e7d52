package io.elements4j.adapter.support;

/** Every wire test of {@link VendorHttpTest} again, over the JDK client ({@code http-client=jdk}). */
class VendorHttpOnJdkClientTest extends VendorHttpTest {

    @Override
    String httpClient() {
        return "jdk";
    }
}
