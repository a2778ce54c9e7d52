package io.elements4j.ports.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackUrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "https://127.3.4.5/hook",
                "http://localhost/x",
                "http://LOCALHOST:1/x",
                "http://[::1]:9000/hook",
                "https://[0:0:0:0:0:0:0:1]/x"
            })
    void this_machine_is_loopback(String url) {
        assertThat(LoopbackUrls.isLoopback(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.example.com/x",
                "http://10.0.0.5/hook",
                "http://192.168.1.2/x",
                "http://localhost.example.com/x",
                "http://127.0.0.1.nip.io/x",
                "ftp://127.0.0.1/x",
                "127.0.0.1:8080",
                "http://[fe80::1]/x",
                "http://0.0.0.0/x",
                "not a url",
                "http:///path-only"
            })
    void anything_else_is_not(String url) {
        assertThat(LoopbackUrls.isLoopback(url)).isFalse();
    }
}
