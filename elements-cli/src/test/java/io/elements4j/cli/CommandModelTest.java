package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.cli.CommandModel.Arg;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A model written in code parses a command line into the command's fields as picocli's annotations did. */
class CommandModelTest {

    /** A command with one option of each shape the CLI uses. */
    static final class Sample implements Callable<Integer> {
        String name = "unset";
        List<String> extras = new ArrayList<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        boolean wait;
        int count;
        Duration timeout;
        String id;

        CommandLine commandLine() {
            return new CommandLine(CommandModel.of("sample", this, "A sample.")
                    .inOrderAdded()
                    .positional(Arg.of(String.class, given -> id = given)
                            .arity("0..1")
                            .label("ID")
                            .description("an id"))
                    .option(Arg.of(String.class, given -> name = given)
                            .names("--name")
                            .label("<name>")
                            .description("a name"))
                    .option(Arg.repeatable(given -> extras = given)
                            .names("--extra")
                            .label("URL")
                            .description("repeatable"))
                    .option(Arg.keyValues(given -> definitions = given)
                            .names("-D")
                            .label("KEY=VALUE")
                            .mapFallbackValue("")
                            .description("pairs"))
                    .option(Arg.flag(given -> wait = given).names("--wait").description("a flag"))
                    .option(Arg.of(int.class, given -> count = given)
                            .names("--count")
                            .label("N")
                            .defaultValue("3")
                            .description("default ${DEFAULT-VALUE}"))
                    .option(Arg.of(Duration.class, given -> timeout = given)
                            .names("--timeout")
                            .label("DURATION")
                            .converter(new Arguments.DurationConverter())
                            .description("a duration"))
                    .spec());
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void every_value_reaches_its_field_repeatable_ones_in_order() {
        Sample sample = new Sample();
        sample.commandLine()
                .parseArgs(
                        "t-1",
                        "--name",
                        "Hero",
                        "--extra",
                        "a.jpg",
                        "--extra",
                        "b.jpg",
                        "-Dk=v",
                        "-Dflag",
                        "--wait",
                        "--count",
                        "7",
                        "--timeout",
                        "90s");

        assertThat(sample.id).isEqualTo("t-1");
        assertThat(sample.name).isEqualTo("Hero");
        assertThat(sample.extras).containsExactly("a.jpg", "b.jpg");
        assertThat(sample.definitions).containsExactly(Map.entry("k", "v"), Map.entry("flag", ""));
        assertThat(sample.wait).isTrue();
        assertThat(sample.count).isEqualTo(7);
        assertThat(sample.timeout).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void an_option_not_given_leaves_its_field_as_it_was_or_sets_its_default() {
        Sample sample = new Sample();
        sample.commandLine().parseArgs();

        assertThat(sample.name).isEqualTo("unset");
        assertThat(sample.extras).isEmpty();
        assertThat(sample.wait).isFalse();
        assertThat(sample.count).isEqualTo(3);
        assertThat(sample.timeout).isNull();
    }

    @Test
    void a_bad_value_is_refused_by_the_options_converter_naming_the_option() {
        assertThatThrownBy(() -> new Sample().commandLine().parseArgs("--timeout", "soon"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--timeout");
    }

    @Test
    void help_lists_the_options_in_the_order_added_then_help_and_version() {
        String help = new Sample().commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);

        assertThat(help)
                .contains("default 3")
                .containsSubsequence(
                        "--name=<name>",
                        "--extra=URL",
                        "-D=KEY=VALUE",
                        "--wait",
                        "--count=N",
                        "--timeout=DURATION",
                        "-h, --help",
                        "-V, --version");
    }
}
