package io.elements4j.adapter.evolink;

import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.testkit.VirtualTime;

/** Evolink clients built through the provider, on virtual time, as a host app would get them. */
final class Clients {

    /** A key shaped like a real one, so tests can look for it where it must not appear. */
    static final String WIREMOCK_KEY = "sk-evo-Zq81xTT0pSECRETvalue";

    static VendorClient client(String baseUrl, String apiKey, VirtualTime time) {
        return new EvolinkElementsProvider().create(config(baseUrl, apiKey, time).build());
    }

    static ProviderConfig.Builder config(String baseUrl, String apiKey, VirtualTime time) {
        return ProviderConfig.builder("evolink").baseUrl(baseUrl).apiKey(apiKey)
                .set("read-timeout", "PT2S").set("connect-timeout", "PT2S")
                .clock(time.clock()).sleeper(time);
    }

    private Clients() {
    }
}
