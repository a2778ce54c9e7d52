package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which subcommand a command line names: the one the CLI builds, instead of all fourteen. */
class NamedCommandTest {

    @Test
    void the_first_argument_that_is_not_an_option_or_its_value_names_the_command() {
        assertThat(ElementsCommand.named("create", "--name", "Hero")).contains(Subcommand.CREATE);
        assertThat(ElementsCommand.named("--provider", "useapi", "--json", "list"))
                .contains(Subcommand.LIST);
        assertThat(ElementsCommand.named("-D", "elements.provider=evolink", "--base-url", "http://x", "task", "t-1"))
                .contains(Subcommand.TASK);
        assertThat(ElementsCommand.named("--provider=useapi", "-Dk=v", "providers"))
                .contains(Subcommand.PROVIDERS);
    }

    @Test
    void each_command_is_typed_as_the_name_its_model_gives_it_and_runs_its_own_class() {
        ElementsCommand root = new ElementsCommand(CliContext.builder().build());
        for (Subcommand command : Subcommand.values()) {
            picocli.CommandLine.Model.CommandSpec model = command.model(root);
            assertThat(model.name()).as("the model of %s", command).isEqualTo(command.commandName());
            assertThat(model.userObject()).as("what %s runs", command).isInstanceOf(command.type());
        }
    }

    @Test
    void a_command_line_naming_no_known_command_names_none_so_all_are_built_to_list_or_suggest_them() {
        assertThat(ElementsCommand.named()).isEmpty();
        assertThat(ElementsCommand.named("--help")).isEmpty();
        assertThat(ElementsCommand.named("lsit")).isEmpty();
        assertThat(ElementsCommand.named("--provider", "create"))
                .as("a value, not a command")
                .isEmpty();
        assertThat(ElementsCommand.named("--", "create")).isEmpty();
    }

    @Test
    void every_option_of_the_top_command_that_takes_a_value_is_skipped_with_its_value() {
        picocli.CommandLine.Model.CommandSpec top =
                new ElementsCommand(CliContext.builder().build()).model();

        Set<String> withValues = new TreeSet<>();
        for (picocli.CommandLine.Model.OptionSpec option : top.options()) {
            if (option.arity().max() > 0) {
                withValues.addAll(List.of(option.names()));
            }
        }

        assertThat(ElementsCommand.TAKES_A_VALUE)
                .as("a new option with a value must be skipped too, or its value" + " would be taken for the command")
                .containsExactlyInAnyOrderElementsOf(withValues);
    }

    @Test
    void a_command_after_its_options_still_runs_and_help_still_lists_every_command() {
        CliResult help = new CliRunner().run("--help");
        for (Subcommand command : Subcommand.values()) {
            assertThat(help.out()).contains("  " + command.commandName() + " ");
        }
        assertThat(help.out()).contains("Exit codes:");

        CliResult typo = new CliRunner().run("lsit");
        assertThat(typo.err()).contains("did you mean `elements list`?");

        CliResult providers = new CliRunner().run("--json", "providers");
        assertThat(providers.exitCode()).isZero();
        assertThat(providers.out()).contains("\"command\": \"providers\"");
    }
}
