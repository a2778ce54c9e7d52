package io.elements4j.cli;

import io.vavr.control.Option;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every subcommand of {@code elements}, in the order {@code elements --help} lists them, with the name it is typed as
 * and how its model is made. A command line gets the model of the one subcommand it names ({@link ElementsCli}):
 * making all fourteen would take several times as long, for nothing.
 */
enum Subcommand {
    PROVIDERS("providers", ProvidersCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new ProvidersCommand(root).model();
        }
    },
    CREATE("create", CreateCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new CreateCommand(root).model();
        }
    },
    TASK("task", TaskCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new TaskCommand(root).model();
        }
    },
    AWAIT("await", AwaitCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new AwaitCommand(root).model();
        }
    },
    GET("get", GetCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new GetCommand(root).model();
        }
    },
    LIST("list", ListCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new ListCommand(root).model();
        }
    },
    PRESETS("presets", PresetsCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new PresetsCommand(root).model();
        }
    },
    TAGS("tags", TagsCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new TagsCommand(root).model();
        }
    },
    VOICES("voices", VoicesCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new VoicesCommand(root).model();
        }
    },
    DELETE("delete", DeleteCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new DeleteCommand(root).model();
        }
    },
    PROMPT("prompt", PromptCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new PromptCommand(root).model();
        }
    },
    SANDBOX("sandbox", SandboxCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new SandboxCommand(root).model();
        }
    },
    DEMO("demo", DemoCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new DemoCommand(root).model();
        }
    },
    CALLBACKS("callbacks", CallbacksCommand.class) {
        @Override
        CommandSpec model(ElementsCommand root) {
            return new CallbacksCommand(root).model();
        }
    };

    private final String commandName;
    private final Class<?> type;

    Subcommand(String commandName, Class<?> type) {
        this.commandName = commandName;
        this.type = type;
    }

    /** The name it is typed as. */
    String commandName() {
        return commandName;
    }

    /** The class that runs it. */
    Class<?> type() {
        return type;
    }

    /** Whether it calls a provider ({@link ProviderCommand}), and so gains from the start-up warm-up. */
    boolean callsProvider() {
        return ProviderCommand.class.isAssignableFrom(type);
    }

    /** A new instance of the command, under {@code root}, as picocli's model of it. */
    abstract CommandSpec model(ElementsCommand root);

    /** The subcommand typed as {@code name}, if there is one. */
    static Option<Subcommand> named(String name) {
        for (Subcommand command : values()) {
            if (command.commandName.equals(name)) {
                return Option.some(command);
            }
        }
        return Option.none();
    }
}
