package io.elements4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.reference.InMemoryVendor;
import io.elements4j.conformance.reference.ReferenceProvider;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a provider's tests rely on the kit for: one simulator per class, started only when asked for, met clean by
 * every test (fields included), on a virtual time of the test's own that the simulator shares.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderTestKitTest {

    static final AtomicInteger STARTED = new AtomicInteger();
    static VendorSimulator firstTestsVendor;
    static VirtualTime firstTestsTime;

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new ReferenceProvider())
            .withSimulator(() -> {
                STARTED.incrementAndGet();
                return new InMemoryVendor("reference");
            });

    @Test
    @Order(1)
    void a_test_that_builds_only_against_another_address_starts_no_simulator() {
        kit.configAt("http://127.0.0.1:9").apiKey("k").build();
        kit.drafts().image("Maeva").build();

        assertThat(STARTED).hasValue(0);
    }

    @Test
    @Order(2)
    void the_simulator_starts_on_first_use_on_the_tests_virtual_time() {
        firstTestsVendor = kit.vendor();
        firstTestsTime = kit.time();
        kit.vendor().seedElements(3);
        kit.time().advance(Duration.ofHours(1));

        assertThat(kit.client()
                        .list(ElementFilter.all(), PageRequest.first(10))
                        .get()
                        .items())
                .hasSize(3);
        assertThat(kit.last(Operation.LIST).at()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
        assertThat(STARTED).hasValue(1);
    }

    /** Runs after the tests above (JUnit runs a class's own tests before its nested classes'). */
    @Nested
    class AfterThem {

        final VendorSimulator vendorSeenByAField = kit.vendor();
        final int elementsSeenByAField = kit.client()
                .list(ElementFilter.all(), PageRequest.first(10))
                .map(p -> p.items().size())
                .getOrElse(-1);

        @Test
        void the_next_test_meets_the_same_simulator_clean_already_in_its_fields_on_a_time_of_its_own() {
            assertThat(vendorSeenByAField).isSameAs(firstTestsVendor);
            assertThat(elementsSeenByAField)
                    .as("elements the last test seeded, seen by a field")
                    .isZero();
            assertThat(kit.vendor().journal())
                    .as("the field's listing is all this test sent")
                    .hasSize(1);
            assertThat(kit.time()).isNotSameAs(firstTestsTime);
            assertThat(kit.time().now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(STARTED).hasValue(1);
        }
    }
}
