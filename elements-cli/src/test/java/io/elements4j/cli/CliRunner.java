package io.elements4j.cli;

import io.elements4j.testkit.VirtualTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Runs {@code elements} in process, as a user would type it, with captured stdout and stderr, an environment and
 * system properties of the test's choosing, and virtual time (waits take no real time).
 */
final class CliRunner {

    final Map<String, String> env = new HashMap<>();
    final Properties properties = new Properties();
    final VirtualTime time = VirtualTime.startingNow();
    private boolean interactive;
    private CliContext.Interrupts interrupts = CliContext.Interrupts.none();
    private Runnable onSleep = () -> {};
    private boolean realTime;
    private ClassLoader classLoader;

    CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRunner property(String name, String value) {
        properties.setProperty(name, value);
        return this;
    }

    /** Every entry as a -D system property: the way a user configures a provider. */
    CliRunner properties(io.vavr.collection.Map<String, String> values) {
        values.forEach(properties::setProperty);
        return this;
    }

    /** Where providers and sandboxes are looked for (default: the test class path, test providers included). */
    CliRunner classLoader(ClassLoader value) {
        this.classLoader = value;
        return this;
    }

    CliRunner interactive() {
        this.interactive = true;
        return this;
    }

    /** What Ctrl-C does (default: nothing can press it). */
    CliRunner interrupts(CliContext.Interrupts value) {
        this.interrupts = value;
        return this;
    }

    /** Runs {@code action} at every wait, before the virtual time passes: e.g. press Ctrl-C mid-wait. */
    CliRunner onSleep(Runnable action) {
        this.onSleep = action;
        return this;
    }

    /**
     * The command waits on real time, as it does outside tests: for a command whose vendor acts on its own clock
     * (the sandbox's callbacks come from its own scheduler), so virtual time would race past them.
     */
    CliRunner realTime() {
        this.realTime = true;
        return this;
    }

    CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext.Builder builder = CliContext.builder()
                .env(env)
                .systemProperties(properties)
                .out(new PrintWriter(out, true))
                .err(new PrintWriter(err, true))
                .interactive(interactive)
                .interrupts(interrupts);
        if (!realTime) {
            builder.clock(time.clock()).sleeper(duration -> {
                onSleep.run();
                time.sleep(duration);
            });
        }
        if (classLoader != null) {
            builder.classLoader(classLoader);
        }
        CliContext context = builder.build();
        int exitCode = ElementsCli.execute(context, args);
        return new CliResult(exitCode, out.toString(), err.toString());
    }
}
