package io.elements4j.cli;

import io.elements4j.client.FoundProvider;
import io.vavr.collection.Seq;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code elements} executable. */
public final class Main {

    // slf4j-simple's settings, by name: the CLI does not compile against any logging API.
    private static final String PREFIX = "org.slf4j.simpleLogger.";
    private static final String LOG_LEVEL = PREFIX + "defaultLogLevel";
    private static final String OUR_LOG_LEVEL = PREFIX + "log.io.elements4j";

    private Main() {}

    public static void main(String[] args) {
        // A -Dorg.slf4j... on the command line must be in place before the first logger is made. Loops, not lambdas:
        // the first lambda a JVM makes starts its lambda machinery, which costs a command's start ≈ 10 ms.
        for (Map.Entry<String, String> definition : definitions(args).entrySet()) {
            System.setProperty(definition.getKey(), definition.getValue());
        }
        for (Map.Entry<String, String> setting :
                loggingSettings(List.of(args).contains("--verbose")).entrySet()) {
            if (System.getProperty(setting.getKey()) == null) {
                System.setProperty(setting.getKey(), setting.getValue());
            }
        }
        // After the -D settings, so a trust store named on the command line is the one it reads.
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : Main.class.getClassLoader();
        Supplier<Seq<FoundProvider>> providers =
                StartupWarmup.start(args, loader).getOrNull();
        System.exit(ElementsCli.execute(CliContext.system(providers), args));
    }

    /**
     * The adapters log through SLF4J: each HTTP request and response (method, URL, status, time) with credentials
     * redacted, and each retry. Those lines are for {@code --verbose}, and only they: the libraries underneath
     * (Apache HttpClient, Jetty in the sandbox) stay silent, so the log is a summary, not wire noise. Without
     * {@code --verbose}, stderr carries only the CLI's own notes and errors. A user's own -D setting wins.
     */
    static Map<String, String> loggingSettings(boolean verbose) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(LOG_LEVEL, "off");
        settings.put(OUR_LOG_LEVEL, verbose ? "debug" : "off");
        settings.put(PREFIX + "logFile", "System.err");
        settings.put(PREFIX + "showThreadName", "false");
        settings.put(PREFIX + "showLogName", "false");
        settings.put(PREFIX + "showShortLogName", "false");
        settings.put(PREFIX + "levelInBrackets", "true");
        return settings;
    }

    /** The {@code -Dkey=value} arguments (before any {@code --}), as picocli reads them too. */
    static Map<String, String> definitions(String[] args) {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("-D") && arg.length() > 2) {
                String definition = arg.substring(2);
                int eq = definition.indexOf('=');
                definitions.put(
                        eq < 0 ? definition : definition.substring(0, eq), eq < 0 ? "" : definition.substring(eq + 1));
            }
        }
        return definitions;
    }
}
