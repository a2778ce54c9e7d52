package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    private final CliRunner cli = new CliRunner();

    @Test
    void help_lists_every_command_and_every_exit_code() {
        CliResult help = cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains(
                        "providers",
                        "create",
                        "task",
                        "await",
                        "get",
                        "list",
                        "presets",
                        "tags",
                        "voices",
                        "delete",
                        "prompt",
                        "sandbox",
                        "demo",
                        "--provider",
                        "--base-url",
                        "--json",
                        "--verbose");
        for (ExitCode code : ExitCode.values()) {
            assertThat(help.out()).contains("  " + code.code() + "  " + code.meaning());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "providers",
                "create",
                "task",
                "await",
                "get",
                "list",
                "presets",
                "tags",
                "voices",
                "delete",
                "prompt",
                "sandbox",
                "demo"
            })
    void every_command_explains_itself(String command) {
        CliResult help = cli.run(command, "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: elements " + command);
    }

    @Test
    void no_command_is_a_usage_error_naming_the_commands() {
        CliResult none = cli.run();

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("which command?", "demo");
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_a_pointer_to_help() {
        CliResult bad = cli.run("list", "--colour", "blue");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error: Unknown option", "elements list --help");
        assertThat(bad.err().lines().count()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void a_usage_error_with_json_is_still_one_json_document() {
        CliResult bad = cli.run("--json", "await", "t-1", "--timeout", "soon");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.json()).containsEntry("ok", false);
        assertThat(bad.err()).contains("'soon' is not a duration");
    }

    @Test
    void version_names_the_cli() {
        CliResult version = cli.run("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("elements ");
    }

    @Test
    void a_mistyped_command_is_answered_with_the_nearest_one() {
        CliResult typo = cli.run("lsit");

        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err())
                .contains("'lsit' is not an elements command", "did you mean `elements list`?")
                .doesNotContain("await");
        assertThat(cli.run("crate").err()).contains("did you mean `elements create`?");
        assertThat(cli.run("zzzzzz").err())
                .contains("`elements --help` lists the commands")
                .doesNotContain("did you mean");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "providers",
                "create",
                "task",
                "await",
                "get",
                "list",
                "presets",
                "tags",
                "voices",
                "delete",
                "prompt",
                "sandbox",
                "demo",
                "callbacks"
            })
    void every_description_is_whole_sentences_that_picocli_wraps(String command) {
        picocli.CommandLine line =
                ElementsCli.commandLine(new ElementsCommand(CliContext.builder().build()));
        picocli.CommandLine target =
                command.isEmpty() ? line : line.getSubcommands().get(command);

        for (String paragraph : target.getCommandSpec().usageMessage().description()) {
            if (paragraph.startsWith("Example: ")) {
                continue;
            }
            assertThat(paragraph)
                    .as(command + ": a paragraph ends a sentence, not mid-way")
                    .matches("(?s).*[.:)]");
        }
    }

    @Test
    void the_verbose_option_says_what_it_shows() {
        assertThat(cli.run("--help").out()).contains("HTTP request and response", "stack trace");
    }

    @Test
    void definitions_are_documented_as_an_option() {
        assertThat(cli.run("--help").out()).contains("-D=KEY=VALUE", "-Delements.provider=ID");
    }
}
