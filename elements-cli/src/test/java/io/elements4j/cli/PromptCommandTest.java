package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.elements4j.cli.fake.FullTestProvider;
import io.elements4j.cli.fake.LeanTestProvider;
import io.elements4j.cli.fake.PromptlessTestProvider;
import io.elements4j.domain.prompt.PromptCodes;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.spi.ProviderMetadata;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A prompt written once with {{keys}}, rendered in the chosen provider's syntax; nothing is sent. */
class PromptCommandTest {

    private static final String[] HUG = {
        "prompt",
        "--text",
        "{{hero}} hugs {{dog}}",
        "--element",
        "hero=u_123:Hero",
        "--element",
        "dog=u_456:Dog:video",
        "--images",
        "1"
    };

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#ids")
    void renders_in_each_providers_syntax_with_its_element_list(String id) {
        ProviderMetadata provider = Simulated.metadata(id);

        CliResult rendered = new CliRunner().run(with(HUG, "--provider", id, "--json"));

        assertThat(rendered.exitCode()).as(rendered.toString()).isZero();
        Map<String, Object> result = object(rendered.json(), "result");
        assertThat(result).containsEntry("syntax", provider.promptSyntax().get().name());
        assertThat(result.get("elementList")).isEqualTo(List.of("u_123", "u_456"));
        String expected = switch (provider.promptSyntax().get()) {
            case TRIPLE_ANGLE_INDEX -> "<<<element_1>>> hugs <<<element_2>>>";
            case AT_INDEX -> "@element_1 hugs @element_2";
            case TRIPLE_ANGLE_NAME -> "<<<Hero>>> hugs <<<Dog>>>";
            case AT_CONTENT_ID -> "@element_1 hugs @element_2";
        };
        assertThat(result).containsEntry("text", expected);
    }

    @Test
    void a_vendor_without_a_prompt_syntax_is_told_so_and_nothing_is_rendered() {
        CliResult rendered = new CliRunner().run(with(HUG, "--provider", PromptlessTestProvider.ID));

        assertThat(rendered.exitCode()).isEqualTo(2);
        assertThat(rendered.err()).contains("Test Promptless", "has no prompt syntax", "takes no generation prompts");
        assertThat(rendered.out()).doesNotContain("hugs");
    }

    @Test
    void klings_newer_requests_get_one_contents_item_per_element_on_any_provider() {
        CliResult rendered = new CliRunner().run(with(HUG, "--provider", "wavespeed", "--syntax", "AT_CONTENT_ID"));
        CliResult json =
                new CliRunner().run(with(HUG, "--provider", "wavespeed", "--syntax", "AT_CONTENT_ID", "--json"));

        assertThat(rendered.exitCode()).as(rendered.toString()).isZero();
        assertThat(rendered.out())
                .contains(
                        "@element_1 hugs @element_2",
                        "Contents (each @element_N names its item):",
                        "{\"type\": \"element\", \"element_id\": \"u_123\", \"id\": \"element_1\"}  (Hero, image)");
        assertThat(object(json.json(), "result").get("contents"))
                .isEqualTo(java.util.List.of(
                        Map.of("type", "element", "element_id", "u_123", "id", "element_1"),
                        Map.of("type", "element", "element_id", "u_456", "id", "element_2")));
    }

    @Test
    void an_at_index_vendor_gets_one_element_field_per_element() {
        CliResult rendered = new CliRunner().run(with(HUG, "--provider", LeanTestProvider.ID));

        assertThat(rendered.exitCode()).isZero();
        assertThat(rendered.out())
                .contains(
                        "@element_1 hugs @element_2",
                        "Fields:",
                        "element_1 = u_123  (Hero, image)",
                        "element_2 = u_456  (Dog, video)");
    }

    @Test
    void useapi_renders_at_references_with_element_fields() {
        assumeThat(Simulated.has("useapi"))
                .as("the useapi adapter is on the class path")
                .isTrue();
        assumeThat(Simulated.metadata("useapi").promptSyntax()).contains(PromptSyntax.AT_INDEX);

        CliResult rendered = new CliRunner().run(with(HUG, "--provider", "useapi", "--json"));

        assertThat(rendered.exitCode()).isZero();
        assertThat(object(object(rendered.json(), "result"), "elementFields"))
                .containsEntry("element_1", "u_123")
                .containsEntry("element_2", "u_456");
    }

    @Test
    void a_kling_style_vendor_gets_an_element_list() {
        CliResult rendered = new CliRunner().run(with(HUG, "--provider", FullTestProvider.ID));

        assertThat(rendered.exitCode()).isZero();
        assertThat(rendered.out()).contains("<<<element_1>>> hugs <<<element_2>>>", "Element list");
    }

    @Test
    void every_broken_limit_is_listed_and_exits_3() {
        CliResult refused =
                new CliRunner().run(with(HUG, "--provider", FullTestProvider.ID, "--reference-video", "--end-frame"));

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err())
                .contains(
                        "error: the prompt breaks",
                        "[" + PromptCodes.VIDEO_ELEMENT_WITH_REFERENCE_VIDEO + "]",
                        "[" + PromptCodes.END_FRAME_WITHOUT_FIRST_FRAME + "]");
    }

    @Test
    void an_unknown_placeholder_is_a_rule_violation() {
        CliResult refused = new CliRunner()
                .run(
                        "prompt",
                        "--provider",
                        FullTestProvider.ID,
                        "--text",
                        "{{hero}} meets {{villain}}",
                        "--element",
                        "hero=1:Hero");

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("{{villain}}", "[" + PromptCodes.UNKNOWN_PLACEHOLDER + "]");
    }

    @Test
    void a_malformed_element_binding_is_a_usage_error() {
        CliResult bad = new CliRunner()
                .run("prompt", "--provider", FullTestProvider.ID, "--text", "{{hero}}", "--element", "hero");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("KEY=ID[:NAME[:image|video]]");
    }

    @Test
    void the_prompt_starts_no_sandbox() {
        CliResult rendered = new CliRunner().run(with(HUG, "--provider", FullTestProvider.ID));

        assertThat(rendered.err()).isEmpty();
    }

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
