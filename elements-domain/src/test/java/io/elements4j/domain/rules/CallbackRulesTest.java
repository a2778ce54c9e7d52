package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kling, evolink and the request queue call back an https URL of at most 2048 characters on a public host
 * (evolink's documented rule, applied to all three); useapi answers synchronously and takes no callback.
 */
class CallbackRulesTest {

    private static final String WITH_CALLBACKS = "io.elements4j.domain.rules.Vendors#withCallbacks";

    private static final String[] PRIVATE_HOSTS = {
        "https://127.0.0.1/hook",
        "https://127.8.9.10/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.1/hook",
        "https://172.16.0.1/hook",
        "https://172.31.255.255/hook",
        "https://169.254.1.1/hook",
        "https://100.64.0.1/hook",
        "https://0.0.0.0/hook",
        "https://[::1]/hook",
        "https://[::]/hook",
        "https://[fe80::1]/hook",
        "https://[fe80::1%25eth0]/hook",
        "https://[fc00::1]/hook",
        "https://[fd12:3456::1]/hook",
        "https://[fec0::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[::ffff:a9fe:101]/hook",
        "https://localhost/hook",
        "https://LOCALHOST:8443/hook",
        "https://localhost./hook",
        "https://api.localhost/hook",
        "https://printer.local/hook",
        "https://billing.internal/hook",
        "https://2130706433/hook",
        "https://0/hook",
        "https://user@127.0.0.1:8443/hook",
        // IPv4 hosts carried inside IPv6: NAT64 (well-known and local), 6to4, Teredo
        "https://[64:ff9b::a00:1]/hook",
        "https://[64:ff9b::10.0.0.1]/hook",
        "https://[64:ff9b:1::c0a8:1]/hook",
        "https://[2002:a00:1::]/hook",
        "https://[2002:7f00:1::1]/hook",
        "https://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/hook",
        // not one public host: broadcast, multicast, reserved
        "https://255.255.255.255/hook",
        "https://224.0.0.1/hook",
        "https://239.255.255.250/hook",
        "https://240.0.0.1/hook",
        "https://[ff02::1]/hook",
        // percent-escaped hosts are decoded first
        "https://%31%32%37.0.0.1/hook",
        "https://loc%61lhost/hook"
    };

    private static final String[] PUBLIC_HOSTS = {
        "https://hooks.example.com/elements",
        "https://8.8.8.8/hook",
        "https://172.32.0.1/hook",
        "https://172.15.0.1/hook",
        "https://192.169.0.1/hook",
        "https://100.128.0.1/hook",
        "https://11.0.0.1/hook",
        "https://[2001:db8::1]/hook",
        "https://[::ffff:8.8.8.8]/hook",
        "https://localhost.example.com/hook",
        "https://local.example.com/hook",
        "https://example.com:8443/hook?source=elements#done",
        "https://ex%61mple.com/cb",
        "https://[64:ff9b::808:808]/hook",
        "https://[2002:808:808::1]/hook"
    };

    @ParameterizedTest(name = "{0}")
    @MethodSource(WITH_CALLBACKS)
    void accepts_https_to_a_public_host(RuleProfile vendor) {
        for (String url : PUBLIC_HOSTS) {
            assertThat(codes(aPhotoDraft().withCallback(url), vendor)).as(url).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(WITH_CALLBACKS)
    void rejects_plain_http(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withCallback("http://hooks.example.com/elements"), vendor))
                .containsExactly(RuleCodes.CALLBACK_NOT_HTTPS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(WITH_CALLBACKS)
    void rejects_loopback_private_and_link_local_hosts(RuleProfile vendor) {
        for (String url : PRIVATE_HOSTS) {
            assertThat(codes(aPhotoDraft().withCallback(url), vendor))
                    .as(url)
                    .containsExactly(RuleCodes.CALLBACK_PRIVATE_HOST);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(WITH_CALLBACKS)
    void reports_both_plain_http_and_a_private_host(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withCallback("http://192.168.0.1/hook"), vendor))
                .containsExactly(RuleCodes.CALLBACK_NOT_HTTPS, RuleCodes.CALLBACK_PRIVATE_HOST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(WITH_CALLBACKS)
    void accepts_2048_characters_and_rejects_2049(RuleProfile vendor) {
        String prefix = "https://hooks.example.com/";
        assertThat(codes(aPhotoDraft().withCallback(prefix + "a".repeat(2048 - prefix.length())), vendor))
                .isEmpty();
        assertThat(codes(aPhotoDraft().withCallback(prefix + "a".repeat(2049 - prefix.length())), vendor))
                .containsExactly(RuleCodes.CALLBACK_TOO_LONG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(WITH_CALLBACKS)
    void rejects_what_is_not_an_absolute_url_with_a_host(RuleProfile vendor) {
        for (String url : new String[] {
            "",
            " ",
            "hooks.example.com/elements",
            "/elements",
            "https://",
            "https:///hook",
            "ftp://hooks.example.com/",
            "https://hooks example.com/",
            "https://bücher.example/hook",
            "\uD800"
        }) {
            assertThat(codes(aPhotoDraft().withCallback(url), vendor))
                    .as(url)
                    .containsExactly(RuleCodes.CALLBACK_MALFORMED);
        }
    }

    @Test
    void rejects_any_callback_on_useapi() {
        for (String url : new String[] {"https://hooks.example.com/elements", "http://127.0.0.1/", "not a url"}) {
            assertThat(codes(aPhotoDraft().withCallback(url), RuleProfiles.USEAPI))
                    .as(url)
                    .containsExactly(RuleCodes.CALLBACK_UNSUPPORTED);
        }
    }

    @Test
    void says_what_is_wrong_with_the_callback() {
        assertThat(violations(
                        aPhotoDraft()
                                .withCallback("http://localhost:8080/hook?secret=1")
                                .build(),
                        RuleProfiles.EVOLINK))
                .containsExactly(
                        RuleViolation.of(
                                "callbackUrl",
                                RuleCodes.CALLBACK_NOT_HTTPS,
                                "callback URL uses http; evolink calls back only over https"),
                        RuleViolation.of(
                                "callbackUrl",
                                RuleCodes.CALLBACK_PRIVATE_HOST,
                                "callback URL points at \"localhost\", a local or private host; evolink calls back only public hosts"));
        assertThat(violations(
                                aPhotoDraft()
                                        .withCallback("https://hooks.example.com/" + "a".repeat(2023))
                                        .build(),
                                RuleProfiles.EVOLINK)
                        .map(RuleViolation::message))
                .containsExactly("callback URL has 2049 characters; evolink allows at most 2048");
    }
}
