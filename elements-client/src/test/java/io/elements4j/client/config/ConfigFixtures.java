package io.elements4j.client.config;

import io.elements4j.client.testproviders.TestProfiles;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** A Kling-like provider whose API key has two vendor env names, and helpers to build the three sources. */
final class ConfigFixtures {

    static final ConfigKey API_KEY = ConfigKey.secret("api-key", "the API key", "KLING_API_KEY", "KLING_TOKEN");
    static final ConfigKey CALLBACK_SECRET =
            ConfigKey.secret(ConfigKey.CALLBACK_SECRET.name(), "the webhook secret", "SIGNING_WEBHOOK_SECRET");
    static final ConfigKey REGION = ConfigKey.plain("region", "the account's region", "KLING_REGION");

    static final ProviderMetadata KLING = new ProviderMetadata(
            "kling-test",
            "Kling (test)",
            HashSet.empty(),
            TestProfiles.STRICT,
            "https://kling.invalid",
            List.of(API_KEY, REGION),
            PromptSyntax.TRIPLE_ANGLE_INDEX);

    static final String API_KEY_PROPERTY = "elements.kling-test.api-key";
    static final String API_KEY_ENV = "ELEMENTS_KLING_TEST_API_KEY";

    private ConfigFixtures() {}

    static Properties properties(String... nameValuePairs) {
        Properties properties = new Properties();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            properties.setProperty(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return properties;
    }

    static Map<String, String> map(String... nameValuePairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return map;
    }
}
