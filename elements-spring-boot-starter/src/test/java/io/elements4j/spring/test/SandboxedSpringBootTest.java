package io.elements4j.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.junit.ElementsSandbox;
import io.elements4j.testkit.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @ElementsSandbox} on a {@code @SpringBootTest}: the app's own {@code Elements} bean talks to the
 * simulator, on virtual time, although the app's properties name the real vendor and an unset variable.
 */
@SpringBootTest(
        classes = SandboxedSpringBootTest.App.class,
        properties = {
            "elements.config.base-url=https://api.useapi.net/v1/kling",
            "elements.config.api-key=${USEAPI_TOKEN_THAT_NO_TEST_SETS}"
        })
@ElementsSandbox
class SandboxedSpringBootTest {

    @Autowired
    Elements bean;

    @Test
    void the_apps_bean_is_pointed_at_the_simulator_and_handed_to_the_test(
            Elements elements, VendorSimulator vendor, VirtualTime time) {
        assertThat(elements).isSameAs(bean);
        assertThat(elements.list(ElementFilter.all(), PageRequest.first(5)).isRight())
                .isTrue();
        assertThat(vendor.count(Operation.LIST))
                .as("the call reached the simulator")
                .isEqualTo(1);
        assertThat(vendor.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(time).isNotNull();
    }

    @Test
    void the_simulator_is_reset_before_each_test_and_runs_on_the_shared_virtual_time(
            VendorSimulator vendor, VirtualTime time) {
        assertThat(vendor.journal()).as("reset since the other test").isEmpty();
        Instant before = time.clock().instant();
        time.sleep(Duration.ofMinutes(10));
        assertThat(time.clock().instant()).isEqualTo(before.plus(Duration.ofMinutes(10)));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {}
}
