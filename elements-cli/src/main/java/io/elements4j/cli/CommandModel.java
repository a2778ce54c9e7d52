package io.elements4j.cli;

import java.util.Objects;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * A command's picocli model, written in code: its name, description, options and parameters, each bound to the
 * command's own field by a setter.
 *
 * <p>Why not picocli's annotations: picocli reads an annotated command by reflection at every start — every field and
 * method of the class and its superclasses, each annotation turned into a proxy class generated at run time, which the
 * start-up archive cannot hold on Java 17. For the top command and one subcommand that cost ≈ 30 ms of a 300 ms
 * command (measured against the same commands annotated, interleaved runs of {@code elements task ID}). A model
 * written here is a handful of plain objects.
 *
 * <pre>{@code
 * CommandModel.of("task", command, "Show a creation task as the vendor reports it now.")
 *         .positional(Arg.of(String.class, id -> command.taskId = id)
 *                 .label("TASK_ID")
 *                 .description("the task id `create` printed"))
 *         .spec();
 * }</pre>
 *
 * Every command gets {@code -h, --help} and {@code -V, --version} after its own options, as picocli's
 * {@code mixinStandardHelpOptions} adds them; the top command's options scoped {@link Arg#inherited()} follow in
 * each subcommand's help.
 */
final class CommandModel {

    private final CommandSpec spec;
    private boolean finished;

    private CommandModel(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * The model of a command.
     *
     * @param name        the name it is typed as
     * @param command     what runs when it is parsed: a {@code Callable<Integer>} or a {@code Runnable}
     * @param description its help's paragraphs, each whole sentences
     */
    static CommandModel of(String name, Object command, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(Objects.requireNonNull(command, "command"))
                .name(name);
        spec.usageMessage().description(description);
        return new CommandModel(spec);
    }

    /** Lists the options in help in the order they are added, instead of by name. */
    CommandModel inOrderAdded() {
        spec.usageMessage().sortOptions(false);
        return this;
    }

    /** A footer under a heading, at the end of the help; {@code %n} is a line break. */
    CommandModel footer(String heading, String... lines) {
        spec.usageMessage().footerHeading(heading).footer(lines);
        return this;
    }

    /** What {@code --version} prints. */
    CommandModel version(picocli.CommandLine.IVersionProvider version) {
        spec.versionProvider(version);
        return this;
    }

    /** An option: {@code arg} named with {@link Arg#names}. */
    CommandModel option(Arg<?> arg) {
        OptionSpec.Builder option = OptionSpec.builder(arg.names);
        arg.applyTo(option);
        if (arg.mapFallbackValue != null) {
            option.mapFallbackValue(arg.mapFallbackValue);
        }
        spec.addOption(option.build());
        return this;
    }

    /** A positional parameter, in the order they are added. */
    CommandModel positional(Arg<?> arg) {
        PositionalParamSpec.Builder positional = PositionalParamSpec.builder();
        arg.applyTo(positional);
        spec.addPositional(positional.build());
        return this;
    }

    /** The model, with {@code -h, --help} and {@code -V, --version} added after the command's own options. */
    CommandSpec spec() {
        if (!finished) {
            finished = true;
            spec.addOption(OptionSpec.builder("-h", "--help")
                    .usageHelp(true)
                    .description("Show this help message and exit.")
                    .build());
            spec.addOption(OptionSpec.builder("-V", "--version")
                    .versionHelp(true)
                    .description("Print version information and exit.")
                    .build());
        }
        return spec;
    }

    /**
     * One option or positional parameter: its type, the field it sets, and how help shows it.
     *
     * @param <T> the value's type, as the setter receives it
     */
    static final class Arg<T> {

        private final Class<?> type;
        private final Class<?>[] elementTypes;
        private final Binding binding;
        private String[] names = new String[0];
        private String label;
        private String description = "";
        private String defaultValue;
        private ITypeConverter<?> converter;
        private String arity;
        private boolean required;
        private boolean inherited;
        private String mapFallbackValue;

        private Arg(Class<?> type, Class<?>[] elementTypes, Consumer<Object> into) {
            this.type = type;
            this.elementTypes = elementTypes;
            this.binding = new Binding(into);
        }

        /**
         * A single value of {@code type}, given to {@code into} once parsed (or once its default applies). A field
         * whose option is not given keeps its own initial value.
         */
        @SuppressWarnings("unchecked")
        static <T> Arg<T> of(Class<T> type, Consumer<? super T> into) {
            Objects.requireNonNull(into, "into");
            return new Arg<>(type, new Class<?>[] {type}, value -> into.accept((T) value));
        }

        /** A flag: {@code true} when given. */
        static Arg<Boolean> flag(Consumer<Boolean> into) {
            return of(boolean.class, into);
        }

        /** A repeatable option: every value given, in order, in the list {@code into} receives. */
        @SuppressWarnings("unchecked")
        static Arg<java.util.List<String>> repeatable(Consumer<java.util.List<String>> into) {
            Objects.requireNonNull(into, "into");
            return new Arg<>(
                    java.util.List.class,
                    new Class<?>[] {String.class},
                    value -> into.accept((java.util.List<String>) value));
        }

        /** {@code -Dkey=value}, repeatable: every pair given, in the map {@code into} receives. */
        @SuppressWarnings("unchecked")
        static Arg<java.util.Map<String, String>> keyValues(Consumer<java.util.Map<String, String>> into) {
            Objects.requireNonNull(into, "into");
            return new Arg<>(
                    java.util.Map.class,
                    new Class<?>[] {String.class, String.class},
                    value -> into.accept((java.util.Map<String, String>) value));
        }

        Arg<T> names(String... names) {
            this.names = names.clone();
            return this;
        }

        /** How help shows the value: {@code URL}, {@code TASK_ID}, {@code <name>}. */
        Arg<T> label(String label) {
            this.label = label;
            return this;
        }

        /** One line of help; {@code ${DEFAULT-VALUE}} and {@code ${COMPLETION-CANDIDATES}} are filled in. */
        Arg<T> description(String description) {
            this.description = description;
            return this;
        }

        /** The value when the option is not given, as typed on a command line. */
        Arg<T> defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        Arg<T> converter(ITypeConverter<?> converter) {
            this.converter = converter;
            return this;
        }

        /** How many values it takes, in picocli's notation: {@code "0..1"} for an optional parameter. */
        Arg<T> arity(String arity) {
            this.arity = arity;
            return this;
        }

        Arg<T> required() {
            this.required = true;
            return this;
        }

        /** An option of the top command that may be given after the subcommand too, and shows in its help. */
        Arg<T> inherited() {
            this.inherited = true;
            return this;
        }

        /** For {@link #keyValues}: the value of a key given without {@code =value}. */
        Arg<T> mapFallbackValue(String value) {
            this.mapFallbackValue = value;
            return this;
        }

        private void applyTo(OptionSpec.Builder option) {
            // Set one at a time: picocli's builder methods are declared on a class this package cannot name.
            option.type(type);
            option.auxiliaryTypes(elementTypes);
            option.description(description);
            option.required(required);
            option.getter(binding);
            option.setter(binding);
            // The field's own initial value stands until a value or default is applied; nothing resets it to null.
            option.hasInitialValue(false);
            if (label != null) {
                option.paramLabel(label);
            }
            if (defaultValue != null) {
                option.defaultValue(defaultValue);
            }
            if (converter != null) {
                option.converters(converter);
            }
            if (arity != null) {
                option.arity(arity);
            }
            if (inherited) {
                option.scopeType(ScopeType.INHERIT);
            }
        }

        /** What {@link #applyTo(OptionSpec.Builder)} sets, on a parameter: their common builder is not public. */
        private void applyTo(PositionalParamSpec.Builder positional) {
            positional.type(type);
            positional.auxiliaryTypes(elementTypes);
            positional.description(description);
            positional.required(required);
            positional.getter(binding);
            positional.setter(binding);
            positional.hasInitialValue(false);
            if (label != null) {
                positional.paramLabel(label);
            }
            if (defaultValue != null) {
                positional.defaultValue(defaultValue);
            }
            if (converter != null) {
                positional.converters(converter);
            }
            if (arity != null) {
                positional.arity(arity);
            }
        }
    }

    /**
     * Where picocli keeps an argument's value: the last value it set, handed on to the command's field. picocli adds a
     * repeatable option's values to the list it set first, which it reads back through the getter.
     */
    private static final class Binding implements IGetter, ISetter {

        private final Consumer<Object> into;
        private Object value;

        Binding(Consumer<Object> into) {
            this.into = into;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V newValue) {
            Object previous = value;
            value = newValue;
            into.accept(newValue);
            return (V) previous;
        }
    }
}
