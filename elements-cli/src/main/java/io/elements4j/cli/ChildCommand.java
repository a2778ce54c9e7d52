package io.elements4j.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand of {@code elements}: it runs under the top command, whose options, context and output it uses, and
 * describes its own model ({@link #describe()}).
 */
abstract class ChildCommand implements Callable<Integer> {

    final ElementsCommand root;
    private CommandSpec spec;

    ChildCommand(ElementsCommand root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The command's picocli model: what {@link #describe()} declares, with help and version. */
    final CommandSpec model() {
        spec = describe().spec();
        return spec;
    }

    /** The command's name, description, options and parameters, each option bound to its field. */
    abstract CommandModel describe();

    /** The name the command is typed as. */
    final String name() {
        return spec.name();
    }
}
