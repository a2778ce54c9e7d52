package io.elements4j.client.config;

import static io.elements4j.client.config.ConfigFixtures.API_KEY_ENV;
import static io.elements4j.client.config.ConfigFixtures.API_KEY_PROPERTY;
import static io.elements4j.client.config.ConfigFixtures.KLING;
import static io.elements4j.client.config.ConfigFixtures.map;
import static io.elements4j.client.config.ConfigFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elements4j.client.testproviders.TestProfiles;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConfigResolverSecretsTest {

    private static final String SECRET = "sk-live-4f9c2e71d0";

    private final ConfigResolver resolver =
            ConfigResolver.of(map(), properties("elements.kling-test.region", "sg"), map("KLING_API_KEY", SECRET));

    @Test
    void holds_a_secret_only_as_a_secret() {
        ProviderConfig config = resolver.resolve(KLING).build();

        assertThat(config.secret("api-key")).containsExactly(Secret.of(SECRET));
        assertThat(config.get("api-key")).isEmpty();
    }

    @Test
    void masks_the_secret_in_the_config_toString() {
        String shown = resolver.resolve(KLING).build().toString();

        assertThat(shown).doesNotContain(SECRET).contains("api-key=****");
    }

    @Test
    void describes_where_each_key_came_from_with_the_secret_masked() {
        Seq<ResolvedKey> described = resolver.describe(KLING);

        assertThat(described.filter(ResolvedKey::isSet))
                .extracting(k -> k.key().name(), ResolvedKey::source, ResolvedKey::displayValue)
                .containsExactly(
                        tuple("api-key", Option.some("env KLING_API_KEY"), Option.some("****")),
                        tuple("region", Option.some("system property elements.kling-test.region"), Option.some("sg")));
    }

    @Test
    void lists_an_unset_key_with_every_name_that_would_set_it() {
        ResolvedKey apiKey =
                ConfigResolver.of(map(), properties(), map()).describe(KLING).head();

        assertThat(apiKey.isSet()).isFalse();
        assertThat(apiKey.source()).isEmpty();
        assertThat(apiKey.displayValue()).isEmpty();
        assertThat(apiKey.names()).containsExactly(API_KEY_PROPERTY, API_KEY_ENV, "KLING_API_KEY", "KLING_TOKEN");
        assertThat(apiKey.describe())
                .isEqualTo(
                        "api-key: unset (set elements.kling-test.api-key or ELEMENTS_KLING_TEST_API_KEY or KLING_API_KEY"
                                + " or KLING_TOKEN)");
    }

    @Test
    void describes_every_key_resolve_reads_declared_ones_first() {
        assertThat(resolver.describe(KLING).map(k -> k.key().name()))
                .containsExactly(
                        "api-key",
                        "region",
                        "base-url",
                        "connect-timeout",
                        "read-timeout",
                        "call-timeout",
                        "max-retries",
                        "http-client",
                        "poll-delay",
                        "await-timeout",
                        "callback-safety-net",
                        "allow-loopback-callbacks",
                        "callback-max-bytes");
    }

    @Test
    void nothing_a_user_can_see_contains_the_secret() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            ProviderConfig config = resolver.resolve(KLING).build();
            System.out.println(config);
            System.out.println(config.secret("api-key"));
            System.out.println(resolver);
            resolver.describe(KLING).forEach(key -> {
                System.out.println(key);
                System.out.println(key.describe());
            });
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("****").doesNotContain(SECRET);
    }

    @Test
    void a_blank_credential_still_counts_as_unset_but_a_blank_callback_secret_fails_closed() {
        ProviderMetadata signing = new ProviderMetadata(
                "signing",
                "Signing (test)",
                HashSet.empty(),
                TestProfiles.STRICT,
                "https://signing.invalid",
                List.of(ConfigFixtures.API_KEY, ConfigFixtures.CALLBACK_SECRET),
                PromptSyntax.TRIPLE_ANGLE_INDEX);

        ProviderConfig blankKey = ConfigResolver.of(map(), properties("elements.signing.api-key", " "), map())
                .resolve(signing)
                .build();
        assertThatThrownBy(() -> ConfigResolver.of(map(), properties(), map("SIGNING_WEBHOOK_SECRET", ""))
                        .resolve(signing))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("callback-secret is set but blank (env SIGNING_WEBHOOK_SECRET)");

        assertThat(blankKey.secret("api-key")).isEmpty();
        assertThat(ConfigResolver.of(map(), properties(), map())
                        .resolve(signing)
                        .build()
                        .secret("callback-secret"))
                .as("unset stays unset")
                .isEmpty();
    }
}
