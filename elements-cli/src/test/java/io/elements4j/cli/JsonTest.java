package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.args;
import static io.elements4j.cli.LifecycleCommandsTest.list;
import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writes_what_a_json_reader_reads_back() {
        String text = Json.write(Json.object()
                .put("id", "1152921504606846977")
                .put("quote", "say \"hi\"\\ \n\t\u0001 ✓")
                .put("count", 3)
                .put("ratio", 0.4)
                .put("infinite", Double.POSITIVE_INFINITY)
                .put("none", Option.none())
                .put("some", Option.some("x"))
                .put("list", List.of(1, 2))
                .put("empty", List.empty())
                .put("nested", Json.object())
                .put("elapsed", Duration.ofSeconds(90))
                .put("flag", true));

        Map<String, Object> read = JsonReader.object(text);

        assertThat(read)
                .containsEntry("id", "1152921504606846977")
                .containsEntry("quote", "say \"hi\"\\ \n\t\u0001 ✓")
                .containsEntry("none", null)
                .containsEntry("some", "x")
                .containsEntry("infinite", null)
                .containsEntry("elapsed", "PT1M30S")
                .containsEntry("flag", true);
        assertThat(read.get("count").toString()).isEqualTo("3");
        assertThat(read.get("ratio").toString()).isEqualTo("0.4");
        assertThat((java.util.List<?>) read.get("list")).hasSize(2);
    }

    @Test
    void a_duration_reads_to_the_millisecond_at_most() {
        assertThat(Json.write(Json.object().put("d", Duration.ofNanos(732_083_646L))))
                .contains("\"PT0.732S\"");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("io.elements4j.cli.Simulated#ids")
    void a_wait_reports_its_time_as_a_number_of_milliseconds(String id) {
        CliResult created =
                new CliRunner().run(args(Drafts.validCreate(Simulated.metadata(id), "Timed Hero"), "--wait", "--json"));

        assertThat(created.exitCode()).as(created.toString()).isZero();
        Map<String, Object> result = object(created.json(), "result");
        assertThat(result).doesNotContainKey("elapsed");
        assertThat(result.get("elapsedMillis")).isInstanceOf(Number.class);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("io.elements4j.cli.Simulated#ids")
    void vendor_message_holds_only_what_the_vendor_said(String id) {
        CliResult refused = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        id,
                        "--json",
                        "--name",
                        "x".repeat(40),
                        "--description",
                        "d",
                        "--frontal",
                        "https://example.com/a.jpg",
                        "--extra",
                        "https://example.com/b.jpg");

        assertThat(object(refused.json(), "error")).as(refused.toString()).doesNotContainKey("vendorMessage");
        List.of("list", "presets", "voices", "tags", "delete")
                .map(command -> command.equals("delete")
                        ? new CliRunner().run(command, "1", "--provider", id, "--json")
                        : new CliRunner().run(command, "--provider", id, "--json"))
                .filter(result -> result.exitCode() == 4)
                .forEach(result -> assertThat(object(result.json(), "error"))
                        .as(result.toString())
                        .containsEntry("type", "Unsupported")
                        .doesNotContainKey("vendorMessage"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("io.elements4j.cli.Simulated#withTagCatalogue")
    void tags_are_the_same_shape_on_every_vendor(String id) {
        CliResult tags = new CliRunner().run("tags", "--provider", id, "--json");
        assertThat(tags.exitCode()).as(tags.toString()).isZero();

        java.util.List<Object> all = list(object(tags.json(), "result"), "tags");
        assertThat(all)
                .isNotEmpty()
                .allSatisfy(
                        tag -> assertThat(((Map<?, ?>) tag).keySet().stream().map(String::valueOf))
                                .as(tag.toString())
                                .containsExactlyInAnyOrder("id", "name", "kind"));
    }
}
