package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.ElementsProviders;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each relay's differences from Kling, handled by its provider and shown against its simulator. */
class KlingRelaysTest {

    @RegisterExtension
    static final ProviderTestKit anyfast = ProviderTestKit.of(new AnyfastElementsProvider());

    @RegisterExtension
    static final ProviderTestKit ezmodel = ProviderTestKit.of(new EzmodelElementsProvider());

    private static final ElementDraft UNTAGGED = ElementDraft.image(
                    "Hero", MediaSource.url("https://example.com/f.jpg"))
            .extras(MediaSource.url("https://example.com/s.jpg"))
            .description("a relayed character")
            .build();

    @Test
    void the_kling_jar_alone_selects_kling_official_and_a_relay_only_by_name() {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(ElementsProviders.available(loader).map(p -> p.id()))
                .contains("kling-official", "anyfast", "ezmodel", "kling-relay");
        assertThat(ElementsProviders.select(Option.none(), loader)).isInstanceOf(KlingOfficialElementsProvider.class);
        assertThat(ElementsProviders.select(Option.some("anyfast"), loader))
                .isInstanceOf(AnyfastElementsProvider.class);
    }

    @Test
    void anyfast_gets_a_tag_where_the_draft_has_none_no_key_and_its_own_create_answer_is_read() {
        Either<ElementsError, CreationTask> created = anyfast.client().submit(UNTAGGED);

        RecordedRequest create = anyfast.last(Operation.CREATE);
        assertThat(create.path()).isEqualTo("/kling/v1/general/advanced-custom-elements");
        assertThat(created.get().id().value())
                .isEqualTo(anyfast.vendor().creations().head().taskId());
        assertThat(create.body())
                .contains("\"tag_list\":[{\"tag_id\":\"o_108\"}]")
                .doesNotContain("external_task_id");
    }

    @Test
    void the_generic_relay_without_anyfasts_default_tag_is_refused_by_anyfast() {
        VendorClient relay = new KlingRelayElementsProvider()
                .create(ProviderConfig.builder("kling-relay")
                        .baseUrl(anyfast.vendor().baseUrl())
                        .set("path-prefix", "/kling")
                        .apiKey(anyfast.vendor().credential())
                        .build());

        assertThat(relay.submit(UNTAGGED).getLeft())
                .isInstanceOf(ElementsError.InvalidRequest.class)
                .satisfies(e -> assertThat(e.message()).contains("tag_list is required"));
    }

    @Test
    void ezmodel_reads_klings_code_inside_the_gateways_wrapper_and_deletes_by_the_older_path() {
        ezmodel.vendor()
                .injectFault(
                        Operation.CREATE,
                        ezmodel.vendor().typicalFault(ErrorKind.INSUFFICIENT_CREDITS, "no balance"),
                        1);
        VendorClient client = ezmodel.client();
        ElementsError balance = client.submit(UNTAGGED).getLeft();
        String seeded = ezmodel.vendor().seedElements(1).head();
        Either<ElementsError, Deletion> deleted = client.delete(ElementId.of(seeded));

        assertThat(balance).isInstanceOf(ElementsError.InsufficientCredits.class);
        assertThat(balance.vendorCode().toJavaOptional()).contains("1102");
        assertThat(deleted.get().outcome()).isEqualTo(Deletion.Outcome.DELETED);
        assertThat(ezmodel.sent(Operation.DELETE).map(RecordedRequest::path))
                .containsExactly("/kling/v1/general/delete-elements");
    }

    @Test
    void ezmodel_callbacks_are_read_unverified_as_the_relays_account_signs_them_and_anyfast_takes_none() {
        assertThat(ezmodel.client().callbackVerification()).isEqualTo(CallbackVerification.VENDOR_DOES_NOT_SIGN);
        assertThat(anyfast.client().callbackVerification()).isEqualTo(CallbackVerification.NO_CALLBACKS);
    }

    @Test
    void what_a_relay_does_not_declare_answers_unsupported_without_a_request() {
        assertThat(anyfast.client().delete(ElementId.of("1")).getLeft())
                .isInstanceOf(ElementsError.Unsupported.class)
                .satisfies(e -> assertThat(e.message()).contains("anyfast.ai (anyfast) cannot"));
        assertThat(anyfast.vendor().journal()).isEmpty();
    }

    @Test
    void the_generic_relay_needs_its_host_and_takes_a_prefix_that_is_a_path() {
        KlingRelayElementsProvider relay = new KlingRelayElementsProvider();

        assertThatThrownBy(() -> relay.create(
                        ProviderConfig.builder("kling-relay").apiKey("t").build()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("base-url is required");
        assertThatThrownBy(() -> relay.create(ProviderConfig.builder("kling-relay")
                        .apiKey("t")
                        .baseUrl("https://relay.example.com")
                        .set("path-prefix", "kling")
                        .build()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("path-prefix");
    }
}
