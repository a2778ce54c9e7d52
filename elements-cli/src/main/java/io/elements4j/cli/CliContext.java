package io.elements4j.cli;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.ports.time.Sleeper;
import io.vavr.Lazy;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Everything the commands read from or write to the world, so tests can supply their own: the environment, the
 * system properties, stdout and stderr, whether stderr is a terminal, and the clock and sleeper the facade waits on.
 */
public final class CliContext {

    private final Map<String, String> env;
    private final Properties systemProperties;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final Option<Clock> clock;
    private final Option<Sleeper> sleeper;
    private final ClassLoader classLoader;
    private final Interrupts interrupts;
    private final Lazy<Seq<FoundProvider>> providers;

    private CliContext(Builder b) {
        this.env = Map.copyOf(b.env);
        this.systemProperties = copy(b.systemProperties);
        this.out = b.out;
        this.err = b.err;
        this.interactive = b.interactive;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.classLoader = b.classLoader;
        this.interrupts = b.interrupts;
        ClassLoader loader = b.classLoader;
        this.providers = b.providers != null ? b.providers : Lazy.of(() -> ElementsProviders.available(loader));
    }

    /** This context with {@code extra} laid over its system properties: the command line's {@code -Dkey=value}. */
    CliContext withProperties(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Properties merged = copy(systemProperties);
        extra.forEach(merged::setProperty);
        return toBuilder().systemProperties(merged).build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.env = env;
        b.systemProperties = systemProperties;
        b.out = out;
        b.err = err;
        b.interactive = interactive;
        b.clock = clock;
        b.sleeper = sleeper;
        b.classLoader = classLoader;
        b.interrupts = interrupts;
        b.providers = providers;
        return b;
    }

    /** The real process: System.getenv(), System.getProperties(), System.out/err, a console if there is one. */
    public static CliContext system() {
        return system(null);
    }

    /** {@link #system()}, with the providers found by {@code providers} (on the start-up thread) when given. */
    static CliContext system(Supplier<Seq<FoundProvider>> providers) {
        // No lambda here or in copy(): a command's start makes each one it meets that the archive does not hold.
        Console console = System.console();
        Charset charset = console != null ? console.charset() : Charset.defaultCharset();
        return builder()
                .env(System.getenv())
                .systemProperties(System.getProperties())
                .out(new PrintWriter(new OutputStreamWriter(System.out, charset), true))
                .err(new PrintWriter(new OutputStreamWriter(System.err, charset), true))
                .interactive(System.console() != null)
                .interrupts(Interrupts.jvm())
                .providers(providers)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, String> env() {
        return env;
    }

    /** A copy, so nothing a command does changes the caller's properties. */
    public Properties systemProperties() {
        return copy(systemProperties);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Whether stderr is a terminal someone watches, so long waits show their progress. */
    public boolean interactive() {
        return interactive;
    }

    public Option<Clock> clock() {
        return clock;
    }

    public Option<Sleeper> sleeper() {
        return sleeper;
    }

    public Clock effectiveClock() {
        return clock.getOrElse(Clock::systemUTC);
    }

    public Sleeper effectiveSleeper() {
        return sleeper.getOrElse(Sleeper::system);
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * The providers on the class path, found once for this context and every context made from it: loading them
     * costs a command's start milliseconds, and a command needs them to check credentials and to choose one.
     */
    Seq<FoundProvider> providers() {
        return providers.get();
    }

    /** Where a command registers what to say if the user interrupts it (Ctrl-C) mid-wait. */
    public Interrupts interrupts() {
        return interrupts;
    }

    /**
     * Runs an action when the process is interrupted (Ctrl-C, SIGTERM) while it is registered. The real one is a
     * JVM shutdown hook; tests supply their own to interrupt a wait at a moment of their choosing.
     */
    @FunctionalInterface
    public interface Interrupts {

        /** Registers {@code onInterrupt}; closing the answer unregisters it. */
        AutoCloseable register(Runnable onInterrupt);

        /** A JVM shutdown hook, removed again when the wait ends normally. */
        static Interrupts jvm() {
            return onInterrupt -> {
                Thread hook = new Thread(onInterrupt, "elements-interrupted");
                Runtime.getRuntime().addShutdownHook(hook);
                return () -> {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // The hook is running or has run: nothing to remove.
                    }
                };
            };
        }

        /** Never interrupted: the default outside the real process. */
        static Interrupts none() {
            return onInterrupt -> () -> {};
        }
    }

    private static Properties copy(Properties source) {
        Properties copy = new Properties();
        for (String name : source.stringPropertyNames()) {
            copy.setProperty(name, source.getProperty(name));
        }
        return copy;
    }

    /** Every setting defaults to an empty, quiet world: no env, no properties, output discarded, not a terminal. */
    public static final class Builder {
        private Map<String, String> env = Map.of();
        private Properties systemProperties = new Properties();
        private PrintWriter out = new PrintWriter(Writer.nullWriter());
        private PrintWriter err = new PrintWriter(Writer.nullWriter());
        private boolean interactive;
        private Option<Clock> clock = Option.none();
        private Option<Sleeper> sleeper = Option.none();
        private ClassLoader classLoader = defaultLoader();
        private Interrupts interrupts = Interrupts.none();
        private Lazy<Seq<FoundProvider>> providers;

        private Builder() {}

        /** Where the providers come from (default: found on the class loader when first needed); null for that. */
        Builder providers(Supplier<Seq<FoundProvider>> found) {
            this.providers = found == null ? null : Lazy.of(found);
            return this;
        }

        /** What happens on Ctrl-C (default: nothing; {@link #system()} uses a JVM shutdown hook). */
        public Builder interrupts(Interrupts value) {
            this.interrupts = Objects.requireNonNull(value, "interrupts");
            return this;
        }

        public Builder env(Map<String, String> value) {
            this.env = Objects.requireNonNull(value, "env");
            return this;
        }

        public Builder systemProperties(Properties value) {
            this.systemProperties = Objects.requireNonNull(value, "systemProperties");
            return this;
        }

        public Builder out(PrintWriter value) {
            this.out = Objects.requireNonNull(value, "out");
            return this;
        }

        public Builder err(PrintWriter value) {
            this.err = Objects.requireNonNull(value, "err");
            return this;
        }

        public Builder interactive(boolean value) {
            this.interactive = value;
            return this;
        }

        /** The clock the facade waits on (test hook: a {@code VirtualTime} clock). */
        public Builder clock(Clock value) {
            this.clock = Option.of(value);
            return this;
        }

        /** The sleeper the facade and {@code sandbox --for} wait with (test hook: a {@code VirtualTime}). */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Option.of(value);
            return this;
        }

        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "classLoader");
            return this;
        }

        public CliContext build() {
            return new CliContext(this);
        }

        private static ClassLoader defaultLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : CliContext.class.getClassLoader();
        }
    }
}
