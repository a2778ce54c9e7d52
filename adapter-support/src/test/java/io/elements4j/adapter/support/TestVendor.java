package io.elements4j.adapter.support;

import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.testkit.VirtualTime;
import java.util.SplittableRandom;

/** Builds a {@link VendorHttp} against a test server on virtual time. */
final class TestVendor {

    static final String API_KEY = "sk-live-Zq81xTT0pSECRETvalue";

    private final String baseUrl;
    private final VirtualTime time = VirtualTime.startingNow();
    private int maxRetries = 2;
    private String readTimeout = "PT5S";
    private String httpClient = "apache";
    private String callTimeout = "PT2M";

    private TestVendor(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static TestVendor at(String baseUrl) {
        return new TestVendor(baseUrl);
    }

    TestVendor maxRetries(int value) {
        maxRetries = value;
        return this;
    }

    TestVendor readTimeout(String value) {
        readTimeout = value;
        return this;
    }

    TestVendor callTimeout(String value) {
        callTimeout = value;
        return this;
    }

    /** {@code apache} (the default) or {@code jdk}. */
    TestVendor httpClient(String value) {
        httpClient = value;
        return this;
    }

    VirtualTime time() {
        return time;
    }

    ProviderConfig config() {
        return ProviderConfig.builder("test")
                .baseUrl(baseUrl)
                .apiKey(API_KEY)
                .set("max-retries", Integer.toString(maxRetries))
                .set("read-timeout", readTimeout)
                .set("connect-timeout", "PT2S")
                .set("http-client", httpClient)
                .set("call-timeout", callTimeout)
                .clock(time.clock())
                .sleeper(time)
                .build();
    }

    VendorHttp.Builder http() {
        ProviderConfig config = config();
        return VendorHttp.builder("Acme", config, "http://unused.invalid")
                .bearer(config.secret("api-key").get())
                .retryPolicy(RetryPolicy.from(config).withRandom(new SplittableRandom(7)));
    }
}
