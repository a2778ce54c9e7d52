package io.elements4j.adapter.useapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.junit.ElementsSandbox;
import io.elements4j.testkit.VirtualTime;
import org.junit.jupiter.api.Test;

/** The README's test recipe: one annotation, the simulator of the provider on the class path, a ready facade. */
@ElementsSandbox
class ElementsSandboxRecipeTest {

    private static ElementDraft courier() {
        return ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("Red-haired courier")
                .tag(TagKind.CHARACTER)
                .build();
    }

    @Test
    void injects_a_facade_configured_for_the_simulator_of_the_provider_on_the_class_path(
            Elements elements, VendorSimulator vendor) {
        ElementId created =
                elements.createAndAwait(courier()).get().value().elementIds().head();

        assertThat(elements.provider().id()).isEqualTo("useapi");
        assertThat(vendor.providerId()).isEqualTo("useapi");
        assertThat(elements.find(created).get().isDefined()).isTrue();
        assertThat(elements.delete(created).get().outcome()).isEqualTo(Deletion.Outcome.DELETED);
        assertThat(vendor.creations()).hasSize(1);
    }

    @Test
    void resets_the_simulator_between_tests_and_shares_virtual_time_with_it(
            Elements elements, VendorSimulator vendor, VirtualTime time) {
        assertThat(vendor.creations()).as("the other test's element is gone").isEmpty();
        vendor.injectFault(Operation.LIST, vendor.typicalFault(ErrorKind.SERVER_ERROR, "busy"), 1);

        assertThat(elements.list(ElementFilter.all(), PageRequest.first(10)).isRight())
                .as("retried after a 5xx")
                .isTrue();
        assertThat(time.sleepCount()).as("the retry waited on virtual time").isPositive();
    }
}
