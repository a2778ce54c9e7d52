package io.elements4j.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.junit.ElementsSandbox;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * A context without auto-configuration, as a test slice builds one: {@code @ElementsSandbox} still brings the
 * {@code Elements} bean, pointed at the simulator.
 */
@SpringJUnitConfig(SandboxedSliceTest.Slice.class)
@ElementsSandbox(provider = "useapi", virtualTime = false)
class SandboxedSliceTest {

    @Test
    void a_context_without_auto_configuration_gets_the_sandboxed_bean(Elements elements, VendorSimulator vendor) {
        assertThat(elements.list(ElementFilter.all(), PageRequest.first(1)).isRight())
                .isTrue();
        assertThat(vendor.count(Operation.LIST)).isEqualTo(1);
    }

    static class Slice {}
}
