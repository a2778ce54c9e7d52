package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.list;
import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvidersCommandTest {

    @Test
    void shows_every_provider_with_its_capabilities_and_limits_as_a_table() {
        CliResult providers = new CliRunner().run("providers");

        assertThat(providers.exitCode()).as(providers.toString()).isZero();
        for (ProviderMetadata provider : Simulated.providers()) {
            assertThat(providers.out()).contains(provider.id());
        }
        assertThat(providers.out())
                .contains(
                        "image element",
                        "video element",
                        "name length",
                        "description",
                        "tags",
                        "voice",
                        "callbacks",
                        "operations",
                        "credentials",
                        "offline sandbox",
                        "required, at most 100",
                        "URLs only",
                        "sent inline");
    }

    @Test
    void a_renamed_provider_is_listed_by_its_new_id_with_its_former_id_beside_the_name() {
        CliResult providers = new CliRunner().run("providers", "--markdown");

        assertThat(providers.exitCode()).as(providers.toString()).isZero();
        if (Simulated.has("gmi-cloud")) {
            assertThat(providers.out())
                    .contains("`gmi-cloud`")
                    .contains("formerly fal-queue (deprecated id, still selects it)")
                    .doesNotContain("`fal-queue`");
        }
    }

    @Test
    void a_vendor_without_limits_or_prompts_says_so_instead_of_printing_a_made_up_limit() {
        CliResult providers = new CliRunner().run("providers");

        assertThat(providers.exitCode()).as(providers.toString()).isZero();
        // only Test Promptless sets no size, length or prompt syntax; the table wraps its column
        assertThat(providers.out())
                .contains(
                        "Test Promptless",
                        "jpg, no size limit",
                        "optional, no limit",
                        "none: the vendor takes",
                        "no generation prompts")
                .doesNotContain("8796093022207");
    }

    @Test
    void says_where_credentials_come_from_without_showing_them() {
        CliResult providers = new CliRunner()
                .env("TEST_FULL_TOKEN", "tok-visible-nowhere-123")
                .run("providers");

        assertThat(providers.out())
                .contains("api-key from env", "TEST_FULL_TOKEN", "test-full  api-key = **** (env TEST_FULL_TOKEN)")
                .doesNotContain("tok-visible-nowhere-123");
        assertThat(providers.out())
                .contains(
                        "not set: runs on its",
                        "test-lean  api-key: unset (set elements.test-lean.api-key or ELEMENTS_TEST_LEAN_API_KEY or TEST_LEAN_TOKEN)");
    }

    @Test
    void as_json_every_rule_limit_and_configuration_key_is_there() {
        CliResult providers = new CliRunner().run("providers", "--json");

        assertThat(providers.exitCode()).isZero();
        java.util.List<Object> all = list(object(providers.json(), "result"), "providers");
        assertThat(all).hasSizeGreaterThanOrEqualTo(Simulated.providers().size());
        for (Object entry : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> provider = (Map<String, Object>) entry;
            assertThat(provider)
                    .containsKeys(
                            "id",
                            "displayName",
                            "capabilities",
                            "rules",
                            "configuration",
                            "promptSyntax",
                            "offlineSandbox");
            assertThat(object(provider, "rules"))
                    .containsKeys(
                            "name", "description", "images", "video", "voice", "tags", "callbacks", "inlineMedia");
        }
    }

    @Test
    void shows_prompt_syntax_media_urls_and_what_get_costs_in_words() {
        CliResult providers = new CliRunner().run("providers");

        assertThat(providers.out())
                .contains("<<<element_1>>> (by", "media URLs", "http or https", "get costs")
                .doesNotContain("TRIPLE_ANGLE_INDEX", "AT_INDEX");
        if (Simulated.has("kling-official")) {
            assertThat(providers.out()).contains("no lookup by");
        }
        if (Simulated.has("useapi")) {
            assertThat(providers.out()).contains("@element_1 (by");
        }
    }

    @Test
    void as_json_the_documentation_and_costs_are_each_providers_own() {
        CliResult providers = new CliRunner().run("providers", "--json");

        java.util.List<Object> all = list(object(providers.json(), "result"), "providers");
        for (ProviderMetadata metadata : Simulated.providers()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = all.stream()
                    .map(entry -> (Map<String, Object>) entry)
                    .filter(p -> p.get("id").equals(metadata.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(shown.get("documentation"))
                    .isEqualTo(metadata.documentation().getOrNull());
            assertThat(object(shown, "costs"))
                    .isEqualTo(metadata.costs().mapKeys(Enum::name).toJavaMap());
        }
    }

    @Test
    void get_costs_one_request_unless_the_provider_says_more() {
        ProviderMetadata finding =
                TestMetadata.of("finding", "Finding", "FINDING_KEY", "https://finding.example", Capability.FIND);

        assertThat(ProviderFacts.getCost(finding)).isEqualTo("one request");
        assertThat(ProviderFacts.getCost(finding.withCost(Capability.FIND, "a request per 100 elements")))
                .isEqualTo("a request per 100 elements");
        assertThat(ProviderFacts.getCost(TestMetadata.of("lean", "Lean", "LEAN_KEY", "https://lean.example")))
                .isEqualTo("-");
    }

    @Test
    void a_lost_create_is_found_by_key_else_in_the_listing_else_reported_as_its_capabilities_say() {
        assertThat(ProviderFacts.lostCreate(HashSet.of(Capability.IDEMPOTENT_CREATE, Capability.LIST)))
                .startsWith("looked up by its key");
        assertThat(ProviderFacts.lostCreate(HashSet.of(Capability.LIST))).startsWith("looked for in the listing");
        assertThat(ProviderFacts.lostCreate(HashSet.of(Capability.TASK_QUERY)))
                .isEqualTo("reported as unknown (CreationUnknown), never re-sent");
    }

    @Test
    void as_markdown_a_column_per_provider_the_name_linked_to_its_documentation() {
        ProviderMetadata linked = TestMetadata.of("linked", "Linked | Co", "LINKED_TOKEN", "https://api.linked.example")
                .withDocumentation("https://docs.linked.example/api");
        ProviderMetadata plain = TestMetadata.of("plain", "Plain", "PLAIN_TOKEN", "https://api.plain.example");

        Seq<String> table = ProvidersCommand.markdown(List.of(Tuple.of(linked, true), Tuple.of(plain, false)));

        assertThat(table.take(2)).containsExactly("| | `linked` | `plain` |", "|---|---|---|");
        assertThat(table)
                .contains(
                        "| name | [Linked \\| Co](https://docs.linked.example/api) | Plain |",
                        "| keys | api-key (LINKED_TOKEN) | api-key (PLAIN_TOKEN) |",
                        "| offline sandbox | yes | no |");
    }

    @Test
    void names_every_key_every_provider_reads() {
        CliResult providers = new CliRunner().run("providers");

        assertThat(providers.out())
                .containsPattern("base-url, .*read-timeout.*http-client.* are read too")
                .contains("call-timeout");
    }
}
