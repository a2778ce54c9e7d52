package io.elements4j.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals are read by hand, never resolved, in every form a resolver would accept. */
class IpLiteralsTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "10.1, 10.0.0.1",
        "192.168.1, 192.168.0.1",
        "0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "8.8.8.8., 8.8.8.8"
    })
    void reads_ipv4_in_every_form_a_resolver_accepts(String text, String dotted) {
        byte[] bytes = IpLiterals.ipv4(text).get();
        assertThat(String.format("%d.%d.%d.%d", bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF, bytes[3] & 0xFF))
                .isEqualTo(dotted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ".",
                "example.com",
                "1.2.3.4.5",
                "256.1.1.1",
                "1.2.3.256",
                "4294967296",
                "08.1.1.1",
                "1..2",
                "١٢٧.0.0.1",
                "0x1g.0.0.1"
            })
    void is_not_fooled_into_reading_a_name_as_ipv4(String text) {
        assertThat(IpLiterals.ipv4(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'[::1]', 15, 1",
        "'::', 0, 0",
        "'[fe80::1%eth0]', 0, 254",
        "'[2001:db8::8a2e:370:7334]', 15, 0x34",
        "'::ffff:127.0.0.1', 12, 127",
        "'1:2:3:4:5:6:7:8', 15, 8"
    })
    void reads_ipv6(String text, int index, int value) {
        assertThat(IpLiterals.ipv6(text).get()[index] & 0xFF).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "[]", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", ":1::", "::g", "1.2.3.4::", "1:2:3:4:5:6:7"
            })
    void rejects_what_is_not_ipv6(String text) {
        assertThat(IpLiterals.ipv6(text)).isEmpty();
    }

    @Test
    void reads_a_full_ipv6_address_into_sixteen_bytes() {
        assertThat(IpLiterals.ipv6("[fc00:0:0:0:0:0:0:ff]").get())
                .hasSize(16)
                .startsWith((byte) 0xFC)
                .endsWith((byte) 0xFF);
    }
}
