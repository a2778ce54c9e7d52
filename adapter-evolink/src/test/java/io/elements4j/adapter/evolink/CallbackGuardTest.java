package io.elements4j.adapter.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.DraftKeys;
import io.elements4j.sandbox.evolink.EvolinkSimulator;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evolink calls back only https URLs on public hosts, at most 2048 characters long. A draft that breaks that is
 * refused before anything is sent — by the facade, and by the client itself when used directly.
 */
class CallbackGuardTest {

    static final String TOO_LONG = "https://example.com/" + "a".repeat(2029);

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    final EvolinkSimulator vendor = kit.vendor(EvolinkSimulator.class);
    final VendorClient client = kit.client();
    final Elements elements = kit.elements(withoutLoopbackCallbacks(), UnaryOperator.identity());

    /** As against the real Evolink: without the sandbox's allow-loopback-callbacks, so its rules apply in full. */
    private Map<String, String> withoutLoopbackCallbacks() {
        Map<String, String> real = new HashMap<>(vendor.configuration().toJavaMap());
        real.remove("elements.evolink.allow-loopback-callbacks");
        return real;
    }

    @ParameterizedTest(name = "{0} is refused with {1} and sends nothing")
    @CsvSource({
        "http://hooks.example.com/evolink,  " + RuleCodes.CALLBACK_NOT_HTTPS,
        "https://127.0.0.1/hook,            " + RuleCodes.CALLBACK_PRIVATE_HOST,
        "https://10.0.0.8/hook,             " + RuleCodes.CALLBACK_PRIVATE_HOST,
        "https://172.16.4.2/hook,           " + RuleCodes.CALLBACK_PRIVATE_HOST,
        "https://192.168.1.20/hook,         " + RuleCodes.CALLBACK_PRIVATE_HOST,
        "https://169.254.169.254/latest,    " + RuleCodes.CALLBACK_PRIVATE_HOST,
        "https://[::1]/hook,                " + RuleCodes.CALLBACK_PRIVATE_HOST,
        "https://localhost/hook,            " + RuleCodes.CALLBACK_PRIVATE_HOST,
        "https://localhost:8443/hook,       " + RuleCodes.CALLBACK_PRIVATE_HOST
    })
    void the_client_refuses_a_callback_evolink_would_not_call_and_sends_nothing(String url, String code) {
        Either<ElementsError, CreationTask> result =
                elements.submit(kit.drafts().image("Courier").callbackUrl(url).build());

        assertRefused(result, code);
    }

    @Test
    void the_client_refuses_a_callback_longer_than_2048_characters_and_sends_nothing() {
        assertThat(TOO_LONG).hasSize(2049);

        assertRefused(
                elements.submit(
                        kit.drafts().image("Courier").callbackUrl(TOO_LONG).build()),
                RuleCodes.CALLBACK_TOO_LONG);
    }

    @Test
    void the_facade_refuses_them_too_before_calling_the_client() {
        assertRefused(
                elements.submit(kit.drafts()
                        .image("Courier")
                        .callbackUrl("https://192.168.0.1/x")
                        .build()),
                RuleCodes.CALLBACK_PRIVATE_HOST);
        assertRefused(
                elements.submit(
                        kit.drafts().image("Courier").callbackUrl(TOO_LONG).build()),
                RuleCodes.CALLBACK_TOO_LONG);
    }

    @Test
    void a_public_https_callback_of_exactly_2048_characters_with_the_drafts_key_is_sent() {
        ElementDraft draft = kit.drafts().image("Courier").build();
        int added =
                DraftKeys.inUrl("https://example.com/", draft.idempotencyKey()).length()
                        - "https://example.com/".length();
        String longest = TOO_LONG.substring(0, 2048 - added);

        assertThat(elements.submit(draft.toBuilder().callbackUrl(longest).build())
                        .isRight())
                .isTrue();
        assertThat(vendor.journal()).hasSize(1);
        assertThat(vendor.journal().head().body()).contains("elements4j-draft=" + draft.idempotencyKey());
    }

    @Test
    void a_callback_that_fits_only_without_the_drafts_key_is_refused_saying_so() {
        ElementsError error = elements.submit(kit.drafts()
                        .image("Courier")
                        .callbackUrl(TOO_LONG.substring(0, 2048))
                        .build())
                .getLeft();

        assertThat(error.message()).contains("elements4j-draft", "characters fewer");
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void every_rule_a_draft_breaks_is_reported_at_once_without_a_request() {
        ElementsError error = elements.submit(kit.drafts()
                        .image("Courier")
                        .name("n".repeat(21))
                        .description("d".repeat(101))
                        .callbackUrl("http://10.0.0.1/x")
                        .build())
                .getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        invalid -> assertThat(
                                        invalid.violations().map(v -> v.code()).toJavaList())
                                .contains(
                                        RuleCodes.NAME_TOO_LONG,
                                        RuleCodes.DESCRIPTION_TOO_LONG,
                                        RuleCodes.CALLBACK_NOT_HTTPS,
                                        RuleCodes.CALLBACK_PRIVATE_HOST));
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void a_voice_on_an_image_element_is_refused_locally_as_evolink_takes_it_on_video_only() {
        Either<ElementsError, CreationTask> result = elements.submit(kit.drafts()
                .image("Courier")
                .voice(VoiceBinding.existing("829824295735410756"))
                .build());

        assertThat(result.getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(vendor.journal()).isEmpty();
    }

    private void assertRefused(Either<ElementsError, CreationTask> result, String code) {
        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        invalid -> assertThat(invalid.violations().toJavaList()).anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("callbackUrl");
                            assertThat(v.code()).isEqualTo(code);
                        }));
        assertThat(vendor.journal()).as("requests sent").isEmpty();
    }
}
